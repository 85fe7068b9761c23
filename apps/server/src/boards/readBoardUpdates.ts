import * as Y from 'yjs';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import { asV1Update, type BoardStore } from '../storage/BoardStore';

/**
 * The freshest document this instance can see, as Yjs updates to apply in order, for work done
 * off the event loop (readBoardDoc's twin): the live room's state when one is open here, else the
 * stored snapshot and log as they are, without building a document from them on this thread.
 *
 * @example const updates = await readBoardUpdates(registry, store, boardId)
 */
export async function readBoardUpdates(registry: RoomRegistry, store: BoardStore, boardId: string): Promise<Uint8Array[]> {
  const live = registry.peek(boardId);
  if (live) return [Y.encodeStateAsUpdate(live.doc)];
  const stored = await store.loadDocument(boardId);
  return [...(stored.snapshot ? [asV1Update(stored.snapshot, stored.snapshotEncoding)] : []), ...stored.updates.map((entry) => entry.data)];
}
