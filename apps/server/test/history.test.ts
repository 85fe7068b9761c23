import { afterAll, describe, expect, it } from 'vitest';
import { createTempDataDir } from '@scaleboard/db/testing';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { addEdge, addNode, docToBoard, moveNodes, setNodeProp, updateNode } from '@scaleboard/board';
import type { Board } from '@scaleboard/rules';
import type { CreateBoardResponse, HistoryResponse, RestoreResponse } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startServerProcess, type ServerProcess } from './serverProcess';

/**
 * Issue 15's black-box test of history: a real server process on the embedded database, real
 * y-websocket clients. Edits made one at a time become versions; each version's export is the
 * board as it was then; a restore brings an old state back to every client without losing the
 * history after it; all of it holds after a restart. COMPACT_EVERY is small, so versions are
 * rebuilt from checkpoints as well as from the log.
 */

// A closed, migrated database: the first open of an empty folder is not what this file tests.
const folder = await createTempDataDir({ migrated: true });
const dataDir = folder.path;
afterAll(() => folder.remove());

function connect(server: ServerProcess, board: CreateBoardResponse, key: string, name: string): WebsocketProvider {
  const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/yjs`, board.id, new Y.Doc(), {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.awareness.setLocalStateField('user', { name, color: '#3366ff' });
  return provider;
}

async function synced(provider: WebsocketProvider): Promise<WebsocketProvider> {
  await eventually(() => expect(provider.synced).toBe(true), { timeoutMs: 15_000 });
  return provider;
}

function api(server: ServerProcess, board: CreateBoardResponse) {
  const call = (what: string, key: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/boards/${board.id}/${what}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...init.headers } });
  return {
    call,
    history: async (query = '', key = board.keys.view) => {
      const res = await call(`history${query}`, key);
      expect(res.status).toBe(200);
      return (await res.json()) as HistoryResponse;
    },
    versionFile: async (version: number, key = board.keys.view) => {
      const res = await call(`history/${version}/export.json`, key);
      expect({ version, status: res.status }).toEqual({ version, status: 200 });
      return (await res.json()) as Board;
    },
  };
}

/** The edits of a short design session, each one version. */
const EDITS: Array<(doc: Y.Doc) => void> = [
  (d) => addNode(d, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} }),
  (d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 200, y: 0, props: {} }),
  (d) => addEdge(d, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' }),
  (d) => setNodeProp(d, 'web', 'instances', 3),
  (d) => addNode(d, { id: 'queue', kind: 'message-queue', label: 'Queue', x: 400, y: 0, props: {} }),
  (d) => moveNodes(d, [{ id: 'queue', x: 420, y: 40 }]),
  (d) => updateNode(d, 'web', { label: 'Web tier' }),
  (d) => addEdge(d, { id: 'e2', from: 'web', to: 'queue', kind: 'async' }),
];

describe('history, end to end', () => {
  it('keeps every version, exports any of them, restores one for everyone, and keeps it all across a restart', { timeout: 180_000 }, async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir, COMPACT_EVERY: '3' });
    let board: CreateBoardResponse;
    const states: Array<{ version: number; board: Board }> = [];
    let restoredTo: Board;
    let restoreVersion: number;
    try {
      const res = await fetch(`${first.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'History' }) });
      board = (await res.json()) as CreateBoardResponse;
      const rest = api(first, board);
      const ada = await synced(connect(first, board, board.keys.edit, 'Ada'));
      const watcher = await synced(connect(first, board, board.keys.view, 'Watcher'));
      // Presence reaches the server before the first edit, so the history can name Ada.
      await eventually(() => expect([...watcher.awareness.getStates().values()].some((s) => (s as { user?: { name?: string } }).user?.name === 'Ada')).toBe(true));

      for (const edit of EDITS) {
        const before = (await rest.history('?limit=1')).versions[0]?.version ?? 0;
        edit(ada.doc);
        const expected = docToBoard(ada.doc);
        await eventually(() => expect(docToBoard(watcher.doc)).toEqual(expected));
        const version = await eventually(async () => {
          const newest = (await rest.history('?limit=1')).versions[0];
          expect(newest?.version).toBeGreaterThan(before);
          return newest!.version;
        });
        states.push({ version, board: expected });
      }

      // Newest first, each naming Ada; paged with `before` and `next`.
      const all = await rest.history('?limit=500');
      const versions = all.versions.map((v) => v.version);
      expect(versions).toEqual([...versions].sort((a, b) => b - a));
      for (const { version } of states) expect(versions).toContain(version);
      const mine = all.versions.filter((v) => states.some((s) => s.version === v.version));
      for (const v of mine) expect({ version: v.version, authors: v.authors }).toEqual({ version: v.version, authors: ['Ada'] });
      expect(Number.isNaN(Date.parse(all.versions[0]!.at))).toBe(false);
      const page1 = await rest.history('?limit=3');
      expect(page1.versions.map((v) => v.version)).toEqual(versions.slice(0, 3));
      const page2 = await rest.history(`?limit=3&before=${page1.next}`);
      expect(page2.versions.map((v) => v.version)).toEqual(versions.slice(3, 6));

      // Every version exports as the board was right after it.
      for (const { version, board: then } of states) expect({ version, file: await rest.versionFile(version) }).toEqual({ version, file: then });
      for (const picture of ['export.svg', 'export.png']) {
        const res = await rest.call(`history/${states[2]!.version}/${picture}`, board.keys.view);
        expect({ picture, status: res.status }).toEqual({ picture, status: 200 });
        await res.arrayBuffer();
      }

      // Naming a version, and what a view key and bad versions get.
      const named = states[3]!.version;
      expect((await rest.call(`history/${named}/label`, board.keys.edit, { method: 'POST', body: JSON.stringify({ label: 'before the queue' }) })).status).toBe(200);
      expect((await rest.history('?limit=500')).versions.find((v) => v.version === named)?.label).toBe('before the queue');
      const refusals = [
        [await rest.call(`history/${named}/restore`, board.keys.view, { method: 'POST' }), 403],
        [await rest.call(`history/${named}/label`, board.keys.view, { method: 'POST', body: JSON.stringify({ label: 'x' }) }), 403],
        [await rest.call('history/abc/export.json', board.keys.view), 400],
        [await rest.call('history/0/export.json', board.keys.view), 400],
        [await rest.call('history/99999999/export.json', board.keys.view), 404],
        [await rest.call('history/99999999/restore', board.keys.edit, { method: 'POST' }), 404],
        [await rest.call('history?limit=0', board.keys.view), 400],
        [await rest.call(`history/${named}/label`, board.keys.edit, { method: 'POST', body: JSON.stringify({ label: 'x'.repeat(201) }) }), 400],
      ] as const;
      expect(refusals.map(([res]) => res.status)).toEqual(refusals.map(([, status]) => status));
      expect(docToBoard(watcher.doc)).toEqual(states.at(-1)!.board);

      // Restore "before the queue" for everyone: one new version, the history after it kept.
      restoredTo = states[3]!.board;
      const restored = await rest.call(`history/${named}/restore`, board.keys.edit, { method: 'POST', body: JSON.stringify({ name: 'Ada' }) });
      expect(restored.status).toBe(200);
      restoreVersion = ((await restored.json()) as RestoreResponse).version;
      expect(restoreVersion).toBeGreaterThan(states.at(-1)!.version);
      await eventually(() => expect(docToBoard(ada.doc)).toEqual(restoredTo));
      await eventually(() => expect(docToBoard(watcher.doc)).toEqual(restoredTo));
      const after = (await rest.history('?limit=500')).versions.map((v) => v.version);
      for (const { version } of states) expect(after).toContain(version);
      expect(await rest.versionFile(states.at(-1)!.version)).toEqual(states.at(-1)!.board);
      expect(await rest.versionFile(restoreVersion)).toEqual(restoredTo);
      ada.destroy();
      watcher.destroy();
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const rest = api(second, board);
      for (const { version, board: then } of states) expect({ version, file: await rest.versionFile(version) }).toEqual({ version, file: then });
      expect((await rest.history('?limit=500')).versions.find((v) => v.version === states[3]!.version)?.label).toBe('before the queue');
      const reader = await synced(connect(second, board, board.keys.view, 'Reader'));
      expect(docToBoard(reader.doc)).toEqual(restoredTo);
      reader.destroy();
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
