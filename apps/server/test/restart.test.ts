import { afterAll, describe, expect, it } from 'vitest';
import { createTempDataDir } from '@scaleboard/db/testing';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { addEdge, addNode, docToBoard, moveNodes, setNodeProp } from '@scaleboard/board';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startServerProcess } from './serverProcess';

// A closed, migrated database: the first open of an empty folder is not what this file tests.
const folder = await createTempDataDir({ migrated: true });
const dataDir = folder.path;
afterAll(() => folder.remove());

function connect(url: string, board: CreateBoardResponse, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(`${url.replace('http', 'ws')}/yjs`, board.id, doc, {
    params: { key: board.keys.edit },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

describe('the embedded database across a restart', () => {
  it('serves every board byte-identical after SIGTERM and a fresh start', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir, COMPACT_EVERY: '7' });
    const boards: CreateBoardResponse[] = [];
    const states: Uint8Array[] = [];
    try {
      for (const title of ['One', 'Two']) {
        const res = await fetch(`${first.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) });
        boards.push((await res.json()) as CreateBoardResponse);
      }
      for (const board of boards) {
        const provider = connect(first.url, board);
        await eventually(() => expect(provider.synced).toBe(true));
        const doc = provider.doc;
        addNode(doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
        addNode(doc, { id: 'web', kind: 'web-server', label: 'Web', x: 200, y: 0, props: {} });
        addEdge(doc, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' });
        for (let i = 0; i < 10; i++) moveNodes(doc, [{ id: 'web', x: 200 + i, y: i }]);
        setNodeProp(doc, 'lb', 'instances', 2);
        // A second client reads back what the server holds: that state must survive the restart.
        const reader = connect(first.url, board);
        await eventually(() => expect(docToBoard(reader.doc)).toEqual(docToBoard(doc)));
        states.push(Y.encodeStateAsUpdate(reader.doc));
        provider.destroy();
        reader.destroy();
      }
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      for (const [i, board] of boards.entries()) {
        const provider = connect(second.url, board);
        await eventually(() => expect(provider.synced).toBe(true));
        expect(Y.encodeStateAsUpdate(provider.doc)).toEqual(states[i]);
        expect(docToBoard(provider.doc).nodes.find((n) => n.id === 'web')).toMatchObject({ x: 209, y: 9 });
        provider.destroy();
      }
    } finally {
      expect(await second.stop()).toBe(0);
    }
  }, 90_000);
});
