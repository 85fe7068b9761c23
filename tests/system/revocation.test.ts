import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { io } from 'socket.io-client';
import type { Cluster } from '@scaleboard/server/cluster';
import { createBoard } from './clients';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Revocations on the real scale-out: two server processes on PostgreSQL and Redis. A rotation
 * or deletion taken by one instance closes the old key's connections held by the other, over
 * the Redis revocation channel.
 */
let testCluster: TestCluster;
let cluster: Cluster;
beforeAll(async () => {
  testCluster = await startTestCluster(2);
  cluster = testCluster.cluster;
}, 120_000);
afterAll(async () => {
  await testCluster?.stop();
}, 60_000);

/** A bare sync socket on one instance; resolves its close code. */
function syncSocket(url: string, boardId: string, key: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(key)}`);
  ws.on('error', () => undefined);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
  });
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  return { ws, opened, closed };
}

function roomSocket(url: string, boardId: string, key: string) {
  const socket = io(url, { transports: ['websocket'], auth: { boardId, key, name: 'Probe' }, forceNew: true, reconnection: false });
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return { socket, connected, disconnected };
}

async function ownerRequest(url: string, method: string, path: string, ownerKey: string): Promise<Response> {
  return fetch(`${url}/api/boards/${path}`, { method, headers: { authorization: `Bearer ${ownerKey}` } });
}

describe('revocations across instances (Redis)', () => {
  it('a rotation on one instance closes the old key’s sync and room sockets on every instance', async () => {
    const board = await createBoard(cluster.url);
    const [first, second] = cluster.instances.map((instance) => instance.url) as [string, string];
    const edit = [syncSocket(first, board.id, board.keys.edit), syncSocket(second, board.id, board.keys.edit)];
    const view = syncSocket(second, board.id, board.keys.view);
    const rooms = [roomSocket(first, board.id, board.keys.edit), roomSocket(second, board.id, board.keys.edit)];
    await Promise.all([...edit.map((s) => s.opened), view.opened, ...rooms.map((r) => r.connected)]);

    const rotated = await ownerRequest(first, 'POST', `${board.id}/keys/edit/rotate`, board.keys.owner);
    expect(rotated.status).toBe(200);
    expect(await Promise.all(edit.map((s) => s.closed))).toEqual([4001, 4001]);
    expect(await Promise.all(rooms.map((r) => r.disconnected))).toEqual(['io server disconnect', 'io server disconnect']);
    expect(view.ws.readyState).toBe(WebSocket.OPEN);
    await expect(syncSocket(second, board.id, board.keys.edit).opened).rejects.toThrow('refused 403');

    expect((await ownerRequest(second, 'DELETE', board.id, board.keys.owner)).status).toBe(204);
    expect(await view.closed).toBe(4004);
    expect((await fetch(`${first}/api/boards/${board.id}?key=${board.keys.owner}`)).status).toBe(403);
  });
});
