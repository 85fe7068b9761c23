import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addNode, docToBoard, moveNodes } from '@scaleboard/board';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { eventually } from './eventually';
import { startTestServer } from './testServer';

describe('durable log', () => {
  // As the store's only writer (the embedded database) compaction folds the room's own document; else it reads the log back.
  it.each([false, true])('logs every accepted update, compacts, and a fresh server serves the identical document (sole writer: %s)', async (soleWriter) => {
    const store = new MemoryBoardStore();
    // No commit window: each move below is its own log entry, so twelve of them pass compactEvery.
    const first = await startTestServer({ store, soleWriter, limits: { compactEvery: 5, commitWindowMs: 0 } });
    const { id, keys } = await first.createBoard();
    const client = first.connect(id, keys.edit);
    await eventually(() => expect(client.synced).toBe(true));
    const reads = vi.spyOn(store, 'loadDocument');
    addNode(client.doc, { id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: {} });
    // One at a time: updates that reach the room together go to the log as one merged entry.
    for (let i = 1; i <= 12; i++) {
      moveNodes(client.doc, [{ id: 'db', x: i, y: i }]);
      await eventually(() => expect(docToBoard(first.app.registry.peek(id)!.doc).nodes[0]).toMatchObject({ x: i }));
    }
    const expected = Y.encodeStateAsUpdate(first.app.registry.peek(id)!.doc);
    await first.close();

    // The compactions' reads of the log.
    expect(reads).toHaveBeenCalledTimes(soleWriter ? 0 : 2);
    const stored = await store.loadDocument(id);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBeLessThan(5);

    const second = await startTestServer({ store });
    try {
      const reader = second.connect(id, keys.view);
      await eventually(() => expect(reader.synced).toBe(true));
      expect(docToBoard(reader.doc).nodes[0]).toMatchObject({ x: 12, y: 12 });
      const replica = new Y.Doc();
      Y.applyUpdate(replica, expected);
      expect(Y.encodeStateAsUpdate(reader.doc)).toEqual(Y.encodeStateAsUpdate(replica));
    } finally {
      await second.close();
    }
  });

  it('drops a board from memory when its last client leaves', async () => {
    const server = await startTestServer();
    try {
      const { id, keys } = await server.createBoard();
      const client = server.connect(id, keys.edit);
      await eventually(() => expect(server.app.registry.openCount).toBe(1));
      client.disconnect();
      await eventually(() => expect(server.app.registry.openCount).toBe(0));
    } finally {
      await server.close();
    }
  });
});
