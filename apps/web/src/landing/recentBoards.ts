import type { BoardKeys } from '@scaleboard/protocol';

/** A board this browser opened: enough to open it again and, for its creator, to share it. */
export interface RecentBoard {
  id: string;
  title: string;
  key: string;
  keys?: BoardKeys;
  lastOpened: number;
}

const KEY = 'scaleboard.recentBoards';
const LIMIT = 20;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function listRecentBoards(storage: Store = localStorage): RecentBoard[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((b): b is RecentBoard => typeof b?.id === 'string' && typeof b?.key === 'string')
      .sort((a, b) => b.lastOpened - a.lastOpened);
  } catch {
    return [];
  }
}

export function findRecentBoard(id: string, storage: Store = localStorage): RecentBoard | undefined {
  return listRecentBoards(storage).find((b) => b.id === id);
}

/** Records an opened board; keys the browser already knows for it are kept. */
export function rememberBoard(entry: Omit<RecentBoard, 'lastOpened'> & { lastOpened?: number }, storage: Store = localStorage): void {
  const all = listRecentBoards(storage);
  const previous = all.find((b) => b.id === entry.id);
  const keys = entry.keys ?? previous?.keys;
  const next: RecentBoard = {
    id: entry.id,
    title: entry.title,
    key: previous?.keys?.owner && keys?.owner !== entry.key ? previous.key : entry.key,
    ...(keys ? { keys } : {}),
    lastOpened: entry.lastOpened ?? Date.now(),
  };
  const rest = all.filter((b) => b.id !== entry.id);
  storage.setItem(KEY, JSON.stringify([next, ...rest].slice(0, LIMIT)));
}

export function forgetBoard(id: string, storage: Store = localStorage): void {
  storage.setItem(KEY, JSON.stringify(listRecentBoards(storage).filter((b) => b.id !== id)));
}

/** The board link: the key rides in the fragment so it never reaches server logs or a Referer. */
export function boardPath(id: string, key: string): string {
  return `/b/${encodeURIComponent(id)}#key=${encodeURIComponent(key)}`;
}
