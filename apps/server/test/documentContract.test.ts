import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDataDir } from '@scaleboard/db/testing';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { docToBoard, edgesOf, metaOf, nodesOf } from '@scaleboard/board';
import { parseBoard, type Board } from '@scaleboard/rules';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startServerProcess, type ServerProcess } from './serverProcess';

/**
 * Issue 14's black-box test: a real server process on the embedded database, real y-websocket
 * clients with the edit key. Each hostile update is refused whole — the sender is closed with a
 * reason, nothing of it reaches the other clients, the log or the exports — and the board's
 * valid content is intact on every client and after a restart.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// A closed, migrated database: the first open of an empty folder is not what this file tests.
const folder = await createTempDataDir({ migrated: true });
const dataDir = folder.path;
afterAll(() => folder.remove());

const yMap = (entries: Record<string, unknown>) => new Y.Map<unknown>(Object.entries(entries));
const node = (fields: Record<string, unknown>, props: Record<string, unknown> = {}) => yMap({ label: 'N', x: 0, y: 0, ...fields, props: yMap(props) });

/** Each hostile edit, the close code its sender gets, and the refusal metric it counts under. */
const HOSTILE: Array<[string, (doc: Y.Doc) => void, string]> = [
  ['an unknown kind', (d) => nodesOf(d).set('h1', node({ kind: 'quantum-cache' })), 'unknown-kind'],
  ['props of the wrong type', (d) => nodesOf(d).set('h2', node({ kind: 'cache' }, { hitRatio: 'most' })), 'bad-props'],
  // Written past the editing functions, which refuse it (setNodeProp returns the problem).
  ['negative instances', (d) => (nodesOf(d).get('lb')!.get('props') as Y.Map<unknown>).set('instances', -3), 'bad-props'],
  ['an edge to a missing node', (d) => edgesOf(d).set('h4', yMap({ from: 'lb', to: 'nowhere', kind: 'sync' })), 'missing-end'],
  ['a parent cycle', (d) => d.transact(() => {
    nodesOf(d).set('g1', node({ kind: 'region', parent: 'g2' }));
    nodesOf(d).set('g2', node({ kind: 'region', parent: 'g1' }));
  }), 'parent-cycle'],
  ['a node parented to a non-group', (d) => nodesOf(d).set('h6', node({ kind: 'cache', parent: 'lb' })), 'parent-not-group'],
  ['a 1 MB label', (d) => nodesOf(d).get('lb')!.set('label', 'x'.repeat(1 << 20)), 'bad-field'],
  ['meta.assumptions of the wrong type', (d) => metaOf(d).set('assumptions', 'many users'), 'bad-meta'],
  ['props nested 20,000 maps deep', (d) => d.transact(() => {
    const props = nodesOf(d).set('h9', node({ kind: 'cache' })).get('props') as Y.Map<unknown>;
    // Built one integrated map at a time: Yjs integrates a prepared tree recursively.
    let inner = props.set('tower', new Y.Map<unknown>());
    for (let i = 1; i < 20_000; i++) inner = inner.set('deeper', new Y.Map<unknown>());
  }), 'not-plain-json'],
  ['a missing kind', (d) => nodesOf(d).set('h10', yMap({ label: 'No kind', x: 0, y: 0, props: new Y.Map() })), 'bad-field'],
  ['meta.extra shadowing title and format', (d) => metaOf(d).set('extra', { title: 'Hijacked', format: 'scaleboard/v0' }), 'bad-meta'],
];

const BOARD = {
  format: 'scaleboard/v1',
  title: 'Contract',
  nodes: [
    { id: 'net', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} },
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: { instances: 2 } },
    { id: 'web', kind: 'web-server', label: 'Web', x: 40, y: 40, parent: 'net', props: {} },
  ],
  edges: [{ id: 'e1', from: 'lb', to: 'web', kind: 'sync' }],
};

function connect(server: ServerProcess, board: CreateBoardResponse, key = board.keys.edit): WebsocketProvider {
  return new WebsocketProvider(`${server.url.replace('http', 'ws')}/yjs`, board.id, new Y.Doc(), {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

async function synced(provider: WebsocketProvider): Promise<WebsocketProvider> {
  await eventually(() => expect(provider.synced).toBe(true), { timeoutMs: 15_000 });
  return provider;
}

/** Every reader of the board answers 200, and the exported file is one the board file contract accepts. */
async function readersAnswer(server: ServerProcess, board: CreateBoardResponse): Promise<Board> {
  const get = (what: string) => fetch(`${server.url}/api/boards/${board.id}/${what}`, { headers: { authorization: `Bearer ${board.keys.view}` } });
  for (const what of ['report', 'export.svg', 'export.png']) {
    const res = await get(what);
    expect({ what, status: res.status }).toEqual({ what, status: 200 });
    await res.arrayBuffer();
  }
  const res = await get('export.json');
  expect(res.status).toBe(200);
  const parsed = parseBoard(await res.json());
  expect(parsed.ok).toBe(true);
  return (parsed as { board: Board }).board;
}

describe('the live document contract, end to end', () => {
  it('refuses each hostile update whole; the board stays intact on every client and after a restart', { timeout: 180_000 }, async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    let board: CreateBoardResponse;
    let intact: Board;
    try {
      const res = await fetch(`${first.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ board: BOARD }) });
      board = (await res.json()) as CreateBoardResponse;
      const watcher = await synced(connect(first, board, board.keys.view));
      intact = docToBoard(watcher.doc);
      expect(intact.nodes.map((n) => n.id)).toEqual(['lb', 'net', 'web']);

      for (const [name, hostile, reason] of HOSTILE) {
        const attacker = await synced(connect(first, board));
        const closed = new Promise<{ code: number; reason: string }>((resolve) =>
          attacker.on('connection-close', (event) => {
            // No reconnecting: it would resend the refused update. (Destroying here would recurse.)
            attacker.shouldConnect = false;
            resolve({ code: event?.code ?? 0, reason: event?.reason ?? '' });
          }),
        );
        hostile(attacker.doc);
        const notClosed = new Promise<{ code: number; reason: string }>((resolve) => setTimeout(() => resolve({ code: 0, reason: 'still open after 10 s' }), 10_000).unref());
        expect({ name, close: await Promise.race([closed, notClosed]) }).toMatchObject({ name, close: { code: 1003 } });
        attacker.destroy();
        // A friend who edits right after is served as before and sees nothing of the attack.
        const friend = await synced(connect(first, board));
        expect({ name, board: docToBoard(friend.doc) }).toEqual({ name, board: intact });
        friend.destroy();
        expect({ name, board: docToBoard(watcher.doc) }).toEqual({ name, board: intact });
        expect(await readersAnswer(first, board)).toEqual(intact);
        const metrics = await (await fetch(`${first.url}/metrics`)).text();
        expect({ name, counted: metrics.includes(`scaleboard_sync_messages_rejected_total{reason="${reason}"}`) }).toEqual({ name, counted: true });
      }
      watcher.destroy();
    } finally {
      expect(await first.stop()).toBe(0);
    }

    const second = await startServerProcess({ DATA_DIR: dataDir });
    try {
      const reader = await synced(connect(second, board, board.keys.view));
      expect(docToBoard(reader.doc)).toEqual(intact);
      expect([...nodesOf(reader.doc).keys()].sort()).toEqual(['lb', 'net', 'web']);
      reader.destroy();
      const exported = await readersAnswer(second, board);
      expect(exported).toEqual(intact);
      // The command line's own check of the exported file: 0 or 1 (findings), never 2 (refused).
      const file = path.join(dataDir, 'exported.json');
      writeFileSync(file, JSON.stringify(exported));
      const check = spawnSync('npx', ['scaleboard', 'check', file, '--format', 'json'], { cwd: repoRoot, encoding: 'utf8' });
      expect({ status: check.status, stderr: check.stderr }).toMatchObject({ status: expect.toSatisfy((s: number) => s === 0 || s === 1) });
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
