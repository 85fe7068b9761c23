import { lazy } from 'react';

/**
 * The parts of the app a board's first picture does not need, each in its own chunk: the landing
 * and replay pages, the text and history panels, importing a file. The board page's bundle then
 * carries less code to download, compile and run before the board is drawn (docs/BENCHMARKS.md,
 * "Canvas"). `preloadLazyParts` fetches them all once the page is idle, so a panel opens without
 * waiting and the offline shell holds them too (docs/offline.md).
 */
const loaders = {
  landing: () => import('./landing/LandingPage'),
  replay: () => import('./replay/ReplayPage'),
  textPanel: () => import('./board/text/TextPanel'),
  historyPanel: () => import('./board/versions/HistoryPanel'),
  importing: () => import('./board/exporting/importIntoBoard'),
};

export const LazyLandingPage = lazy(() => loaders.landing().then((m) => ({ default: m.LandingPage })));
export const LazyReplayPage = lazy(() => loaders.replay().then((m) => ({ default: m.ReplayPage })));
export const LazyTextPanel = lazy(() => loaders.textPanel().then((m) => ({ default: m.TextPanel })));
export const LazyHistoryPanel = lazy(() => loaders.historyPanel().then((m) => ({ default: m.HistoryPanel })));
export const loadImporting = loaders.importing;

/** Loads every lazy part (each import is fetched once; later calls return the same module). */
export function preloadLazyParts(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}
