import { fetchVersionFile } from '../../api/historyApi';

/** How many versions stay loaded: the replay's current one, the next ones it prefetches, a few it just showed. */
const MAX_CACHED = 12;

/** A version never changes, so what was fetched once serves again; oldest out first, failures not kept. */
const cache = new Map<string, Promise<unknown>>();

/**
 * The board file (unparsed) of `version`, fetched once and shared: the replay prefetches the next
 * version with it, and the preview then finds it here instead of waiting. The picture is drawn
 * from it in the browser (versionPicture), so one file serves both themes.
 *
 * @example const file = await loadVersion(boardId, key, 42);
 */
export function loadVersion(boardId: string, key: string, version: number): Promise<unknown> {
  const id = JSON.stringify([boardId, key, version]);
  const cached = cache.get(id);
  if (cached) {
    // Recently used: to the back of the line.
    cache.delete(id);
    cache.set(id, cached);
    return cached;
  }
  const loading = fetchVersionFile(boardId, key, version);
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return loading;
}
