import type * as Y from 'yjs';
import { loadDocument } from '../rooms/loadDocument';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { BoardStore } from '../storage/BoardStore';

/**
 * Runs `read` on the freshest document this instance can see: the live room when one is open
 * (or opening: its load is waited for, not repeated) here, otherwise the durable state (snapshot + log).
 */
export async function readBoardDoc<T>(registry: RoomRegistry, store: BoardStore, boardId: string, read: (doc: Y.Doc) => T): Promise<T> {
  const live = registry.peek(boardId) ?? (await registry.opening(boardId)?.catch(() => undefined));
  if (live) return read(live.doc);
  const { doc } = await loadDocument(store, boardId);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}
