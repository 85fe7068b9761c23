import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { io } from 'socket.io-client';
import { eventually } from '@scaleboard/server/testing';
import { createBoard } from './clients';
import { CuttableProxy } from './cuttableProxy';
import { PrivateRedis } from './privateRedis';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * A revocation message lost on the way to one instance (issue 13, finding 8): the second
 * instance reaches Redis through a relay the test cuts, the key is rotated through the first
 * while the second cannot hear it, and the second must still close the old key's sessions —
 * by checking them against the store when its Redis comes back. The periodic recheck is set
 * far beyond the test, so only the reconnect can do it.
 */
let redis: PrivateRedis;
let route: CuttableProxy;
let testCluster: TestCluster;
beforeAll(async () => {
  redis = await PrivateRedis.start();
  route = await CuttableProxy.start(redis.port);
  testCluster = await startTestCluster(2, redis.url, (index) => ({
    REVOCATION_RECHECK_SECONDS: '3600',
    LOG_LEVEL: 'error',
    ...(index === 1 ? { REDIS_URL: route.url } : {}),
  }));
}, 120_000);
afterAll(async () => {
  await testCluster?.stop();
  await route?.close();
  await redis?.kill();
}, 60_000);

function editorOn(url: string, boardId: string, key: string) {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/yjs/${boardId}?key=${encodeURIComponent(key)}`);
  const state = { status: 0, closeCode: 0 };
  ws.on('error', () => undefined);
  ws.once('open', () => (state.status = 101));
  ws.once('unexpected-response', (_req, res) => (state.status = res.statusCode ?? -1));
  ws.once('close', (code) => (state.closeCode = code));
  return { ws, state };
}

describe('a revocation message lost in a Redis outage', () => {
  it('still closes the revoked editor on the cut-off instance once its Redis is back, and the old key stays shut', async () => {
    const [first, second] = testCluster.cluster.instances.map((instance) => instance.url) as [string, string];
    const board = await createBoard(first);
    const editor = editorOn(second, board.id, board.keys.edit);
    const room = io(second, { transports: ['websocket'], auth: { boardId: board.id, key: board.keys.edit, name: 'Revoked' }, forceNew: true, reconnection: false });
    let roomState = 'connecting';
    room.on('connect', () => (roomState = 'connected'));
    room.on('disconnect', (reason) => (roomState = reason));
    await eventually(() => expect([editor.state.status, roomState]).toEqual([101, 'connected']), { timeoutMs: 10_000 });

    route.cut();
    await eventually(async () => expect((await fetch(`${second}/readyz`)).status).toBe(503), { timeoutMs: 10_000 });
    const rotated = await fetch(`${first}/api/boards/${board.id}/keys/edit/rotate`, { method: 'POST', headers: { authorization: `Bearer ${board.keys.owner}` } });
    expect(rotated.status).toBe(200);
    // The message went out while the second instance could not hear it: its editor is still open.
    expect(editor.ws.readyState).toBe(WebSocket.OPEN);
    expect(roomState).toBe('connected');

    route.restore();
    await eventually(() => expect([editor.state.closeCode, roomState]).toEqual([4001, 'io server disconnect']), { timeoutMs: 15_000 });
    const again = editorOn(second, board.id, board.keys.edit);
    await eventually(() => expect(again.state.status).toBe(403));
  });
});
