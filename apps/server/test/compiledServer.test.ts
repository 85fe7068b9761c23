import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { addNode, docToBoard } from '@scaleboard/board';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { buildServer } from '../scripts/serverEntry';
import { eventually } from './eventually';
import { startServerProcess } from './serverProcess';

const dataDir = mkdtempSync(path.join(tmpdir(), 'scaleboard-compiled-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// `npm start` runs dist/index.mjs, not the sources: what only the build can break — the migrations
// the database package finds beside its source, the export's worker thread and process entries.
describe('the compiled server (npm start)', () => {
  it('migrates a fresh data folder, syncs an edit, and draws SVG and PNG exports in its workers', async () => {
    buildServer();
    const server = await startServerProcess({ DATA_DIR: dataDir }, 'compiled');
    try {
      const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Compiled' }) });
      expect(res.status).toBe(201);
      const board = (await res.json()) as CreateBoardResponse;
      const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/yjs`, board.id, new Y.Doc(), {
        params: { key: board.keys.edit },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      await eventually(() => expect(provider.synced).toBe(true));
      addNode(provider.doc, { id: 'web', kind: 'web-server', label: 'Built web', x: 0, y: 0, props: {} });
      expect(docToBoard(provider.doc).nodes).toHaveLength(1);
      const get = (what: string) => fetch(`${server.url}/api/boards/${board.id}/${what}?key=${board.keys.view}`);
      await eventually(async () => expect(await (await get('export.svg')).text()).toContain('Built web'));
      const png = await get('export.png');
      expect(png.headers.get('content-type')).toBe('image/png');
      expect([...new Uint8Array(await png.arrayBuffer()).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      provider.destroy();
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
