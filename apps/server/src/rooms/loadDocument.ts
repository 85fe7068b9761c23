import * as Y from 'yjs';
import type { BoardStore } from '../storage/BoardStore';

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
  let lastSeq = stored.snapshotSeq;
  let bytes = 0;
  into.transact(() => {
    if (stored.snapshot) (stored.snapshotEncoding === 2 ? Y.applyUpdateV2 : Y.applyUpdate)(into, stored.snapshot, LOAD_ORIGIN);
    for (const entry of stored.updates) {
      Y.applyUpdate(into, entry.data, LOAD_ORIGIN);
      lastSeq = Math.max(lastSeq, entry.seq);
      bytes += entry.data.byteLength;
    }
  }, LOAD_ORIGIN);
  return { doc: into, lastSeq, tail: { entries: stored.updates.length, bytes } };
}

/**
 * How many structs (items and runs of collected ones) a document holds: what applying its state
 * costs, linear in it. Each overwritten map value stays one (Yjs drops its content, not the item),
 * so a board's count grows with its history, not just its size.
 *
 * @example structCount(room.doc) // 40,003 for a node moved 20,000 times
 */
export function structCount(doc: Y.Doc): number {
  let structs = 0;
  for (const clientStructs of doc.store.clients.values()) structs += clientStructs.length;
  return structs;
}
