import { fetchVersionFile, fetchVersionPicture } from '../../api/historyApi';

/** A version as the preview needs it: its board file (unparsed) and its picture. */
export interface LoadedVersion {
  file: unknown;
  picture: Blob;
}

/** How many versions stay loaded: the replay's current one, the next ones it prefetches, a few it just showed. */
const MAX_CACHED = 12;

/** A version never changes, so what was fetched once serves again; oldest out first, failures not kept. */
const cache = new Map<string, Promise<LoadedVersion>>();

/**
 * The file and picture of `version`, fetched once and shared: the replay prefetches the next
 * version with it, and the preview then finds it here instead of waiting.
 *
 * @example const { file, picture } = await loadVersion(boardId, key, 42, 'light');
 */
export function loadVersion(boardId: string, key: string, version: number, theme: 'light' | 'dark'): Promise<LoadedVersion> {
  const id = JSON.stringify([boardId, key, version, theme]);
  const cached = cache.get(id);
  if (cached) {
    // Recently used: to the back of the line.
    cache.delete(id);
    cache.set(id, cached);
    return cached;
  }
  const loading = Promise.all([fetchVersionFile(boardId, key, version), fetchVersionPicture(boardId, key, version, theme)]).then(([file, picture]) => ({ file, picture }));
  cache.set(id, loading);
  loading.catch(() => cache.delete(id));
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return loading;
}
