import * as Y from 'yjs';
import type { BoardStore, StoredDocument } from '../storage/BoardStore';

/** Marks transactions that replay stored state, so they are not logged a second time. */
export const LOAD_ORIGIN = Symbol('load');

/**
 * Rebuilds a board's document from its snapshot and the log after it.
 * Returns the doc, the seq of the last update it contains, and the size of the log after the snapshot.
 *
 * @example const { doc } = await loadDocument(store, boardId)
 */
export async function loadDocument(store: BoardStore, boardId: string, into = new Y.Doc()): Promise<{ doc: Y.Doc; lastSeq: number; tail: { entries: number; bytes: number } }> {
  const stored = await store.loadDocument(boardId);
  return { doc: into, ...applyStored(into, stored) };
}

/**
 * Applies what the store holds of a board (its snapshot, then the log after it) to `into`, in one
 * transaction; the seq of the last update it contains, and the size of the log after the snapshot.
 * Pure: the compaction's worker thread (`foldWorker.ts`) runs it too.
 */
export function applyStored(into: Y.Doc, stored: StoredDocument): { lastSeq: number; tail: { entries: number; bytes: number } } {
  let bytes = 0;
  into.transact(() => {
    if (stored.snapshot) (stored.snapshotEncoding === 2 ? Y.applyUpdateV2 : Y.applyUpdate)(into, stored.snapshot, LOAD_ORIGIN);
    for (const entry of stored.updates) {
      Y.applyUpdate(into, entry.data, LOAD_ORIGIN);
      bytes += entry.data.byteLength;
    }
  }, LOAD_ORIGIN);
  return { lastSeq: lastSeqOf(stored), tail: { entries: stored.updates.length, bytes } };
}

/** The seq of the last update `stored` contains. */
export function lastSeqOf(stored: StoredDocument): number {
  return stored.updates.reduce((last, entry) => Math.max(last, entry.seq), stored.snapshotSeq);
}

/** What the store holds of a board as one v2 snapshot (the compaction's fold), in this thread. */
export function foldStored(stored: StoredDocument): Uint8Array {
  const doc = new Y.Doc();
  try {
    applyStored(doc, stored);
    return Y.encodeStateAsUpdateV2(doc);
  } finally {
    doc.destroy();
  }
}
