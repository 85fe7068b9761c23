import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { io } from 'socket.io-client';
import { addNode, docToBoard, nodesOf } from '@scaleboard/board';
import { createTestDatabase, type TestDatabase } from '@scaleboard/db/testing';
import { ROOM_EVENTS, type CreateBoardResponse, type Member } from '@scaleboard/protocol';
import { startCluster, type Cluster } from '@scaleboard/server/cluster';
import { eventually } from './eventually';

/**
 * The scale-out for real: three server processes on PostgreSQL and Redis, Debian's nginx in
 * front, clients that only know the balancer's address.
 */
let database: TestDatabase;
let cluster: Cluster;
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

beforeAll(async () => {
  database = await createTestDatabase();
  cluster = await startCluster({ instances: 3, databaseUrl: database.url, redisUrl, redisPrefix: `sbtest:${randomBytes(4).toString('hex')}:` });
}, 120_000);

afterAll(async () => {
  await cluster?.stop();
  await database?.drop();
}, 60_000);

const providers: WebsocketProvider[] = [];
afterAll(() => providers.forEach((p) => p.destroy()));

function connect(baseUrl: string, board: CreateBoardResponse, key = board.keys.edit): WebsocketProvider {
  const provider = new WebsocketProvider(`${baseUrl.replace('http', 'ws')}/yjs`, board.id, new Y.Doc(), {
    params: { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(provider);
  return provider;
}

async function createBoard(): Promise<CreateBoardResponse> {
  const res = await fetch(`${cluster.url}/api/boards`, { method: 'POST' });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateBoardResponse;
}

async function syncConnections(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^scaleboard_sync_connections (\d+)/m.exec(text)?.[1] ?? 0);
}

const ids = (doc: Y.Doc) => Array.from(nodesOf(doc).keys()).sort();
const node = (id: string) => ({ id, kind: 'web-server' as const, label: id, x: 0, y: 0, props: {} });

describe('three instances behind nginx', () => {
  it('relays edits, cursors and the roster between clients of different instances', async () => {
    const board = await createBoard();
    const clients = cluster.instances.map((instance) => connect(instance.url, board));
    await eventually(() => expect(clients.every((c) => c.synced)).toBe(true), { timeoutMs: 15_000 });
    clients.forEach((client, i) => addNode(client.doc, node(`from-${i}`)));
    for (const client of clients) await eventually(() => expect(ids(client.doc)).toEqual(['from-0', 'from-1', 'from-2']));
    clients[0]!.awareness.setLocalStateField('user', { name: 'Ada' });
    await eventually(() => expect(clients[2]!.awareness.getStates().get(clients[0]!.doc.clientID)).toMatchObject({ user: { name: 'Ada' } }));

    const rosters: Member[][] = [];
    const sockets = cluster.instances.map((instance, i) => {
      const socket = io(instance.url, { transports: ['websocket'], auth: { boardId: board.id, key: board.keys.view, name: `P${i}` }, forceNew: true });
      socket.on(ROOM_EVENTS.roster, (members: Member[]) => (rosters[i] = members));
      return socket;
    });
    try {
      await eventually(() => expect(rosters[0]?.map((m) => m.name)).toEqual(['P0', 'P1', 'P2']), { timeoutMs: 15_000 });
    } finally {
      sockets.forEach((s) => s.disconnect());
    }
  });

  it('loses no edit when the instance serving a client is killed with SIGKILL', async () => {
    const board = await createBoard();
    const a = connect(cluster.url, board);
    const b = connect(cluster.url, board);
    await eventually(() => expect(a.synced && b.synced).toBe(true), { timeoutMs: 15_000 });
    for (let i = 0; i < 20; i++) addNode(i % 2 ? a.doc : b.doc, node(`before-${i}`));
    await eventually(() => expect(ids(a.doc)).toEqual(ids(b.doc)));

    const counts = await Promise.all(cluster.instances.map((instance) => syncConnections(instance.url)));
    const victim = cluster.instances[counts.findIndex((count) => count > 0)]!;
    victim.process.kill('SIGKILL');
    expect(await victim.exited).toBe('SIGKILL');

    // Edits made while the clients are cut off or reconnecting, then after they are back.
    for (let i = 0; i < 20; i++) addNode(i % 2 ? a.doc : b.doc, node(`during-${i}`));
    await eventually(() => expect(a.wsconnected && b.wsconnected).toBe(true), { timeoutMs: 20_000 });
    for (let i = 0; i < 10; i++) addNode(i % 2 ? a.doc : b.doc, node(`after-${i}`));

    const expected = [...['before', 'during'].flatMap((p) => Array.from({ length: 20 }, (_, i) => `${p}-${i}`)), ...Array.from({ length: 10 }, (_, i) => `after-${i}`)].sort();
    await eventually(() => expect(ids(a.doc)).toEqual(expected), { timeoutMs: 20_000 });
    await eventually(() => expect(ids(b.doc)).toEqual(expected), { timeoutMs: 20_000 });

    // Every surviving instance serves the whole board, from the log, to a newcomer.
    for (const instance of cluster.instances.filter((i) => i !== victim)) {
      await eventually(async () => {
        const res = await fetch(`${instance.url}/api/boards/${board.id}/export.json?key=${board.keys.view}`);
        expect((await res.json()) as unknown).toEqual(docToBoard(a.doc));
      }, { timeoutMs: 10_000 });
    }
  }, 90_000);
});
