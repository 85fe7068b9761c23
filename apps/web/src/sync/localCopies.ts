import { ROLES, type Role } from '@scaleboard/protocol';
import { clearDocument } from 'y-indexeddb';

/**
 * What this browser knows about the boards it keeps a local copy of (the Y.Doc itself lives in
 * IndexedDB, one database per board, see BoardSession): the key that wrote the copy, the role the
 * server gave that key (so the board opens while offline) and how many local edits the server has
 * not seen yet. Only edit-capable keys get a copy: a view key has nothing to keep.
 */
export interface LocalCopy {
  boardId: string;
  key: string;
  role: Role;
  title: string;
  /** Local edits made since the last completed sync with the server. */
  pending: number;
  lastOpened: number;
}

const KEY = 'scaleboard.localCopies';
/** Bounds what the browser stores: the least recently opened copy beyond this is dropped. */
export const LOCAL_COPY_LIMIT = 20;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The IndexedDB database that holds one board's document. */
export function localCopyDatabase(boardId: string): string {
  return `scaleboard-board-${boardId}`;
}

export function listLocalCopies(storage: Store = localStorage): LocalCopy[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (c): c is LocalCopy =>
        typeof c?.boardId === 'string' && typeof c?.key === 'string' && (ROLES as readonly unknown[]).includes(c?.role) && Number.isInteger(c?.pending) && c.pending >= 0,
    );
  } catch {
    return [];
  }
}

export function findLocalCopy(boardId: string, storage: Store = localStorage): LocalCopy | undefined {
  return listLocalCopies(storage).find((c) => c.boardId === boardId);
}

/**
 * Records (or updates) a board's copy. Returns the board ids whose copies fell off the end of the
 * list: the caller deletes their databases.
 */
export function rememberLocalCopy(
  entry: Omit<LocalCopy, 'lastOpened' | 'pending'> & { pending?: number },
  storage: Store = localStorage,
  now = Date.now(),
): string[] {
  const all = listLocalCopies(storage);
  const previous = all.find((c) => c.boardId === entry.boardId);
  const sameKey = previous?.key === entry.key;
  const next: LocalCopy = { ...entry, pending: entry.pending ?? (sameKey ? previous.pending : 0), lastOpened: now };
  const ordered = [next, ...all.filter((c) => c.boardId !== entry.boardId)].sort((a, b) => b.lastOpened - a.lastOpened);
  write(ordered.slice(0, LOCAL_COPY_LIMIT), storage);
  return ordered.slice(LOCAL_COPY_LIMIT).map((c) => c.boardId);
}

export function setPendingEdits(boardId: string, pending: number, storage: Store = localStorage): void {
  const all = listLocalCopies(storage);
  const copy = all.find((c) => c.boardId === boardId);
  if (!copy || copy.pending === pending) return;
  copy.pending = pending;
  write(all, storage);
}

export function forgetLocalCopy(boardId: string, storage: Store = localStorage): void {
  write(
    listLocalCopies(storage).filter((c) => c.boardId !== boardId),
    storage,
  );
}

/** Deletes a board's copy and its bookkeeping (the board was deleted, or the key no longer opens it). */
export function discardLocalCopy(boardId: string, storage: Store = localStorage): void {
  forgetLocalCopy(boardId, storage);
  void clearDocument(localCopyDatabase(boardId));
}

function write(copies: LocalCopy[], storage: Store): void {
  try {
    storage.setItem(KEY, JSON.stringify(copies));
  } catch {
    // A full or disabled storage loses the offline bookkeeping, never the board itself.
  }
}
