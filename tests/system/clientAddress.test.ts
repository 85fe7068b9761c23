import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '@scaleboard/server/testing';
import { createBoard, getFrom, syncFrom } from './clients';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Who a client is, through the real nginx of the scale-out (issue 13, finding 5): clients on
 * different addresses (127.0.0.2 and 127.0.0.3 — any 127.x is this machine) get budgets of
 * their own, and what a client writes in X-Forwarded-For itself is not believed — nginx
 * replaces the header with the address it saw, and the instances trust nginx alone.
 */
const LIMIT = 4;
let testCluster: TestCluster;
beforeAll(async () => {
  testCluster = await startTestCluster(1, undefined, () => ({ RATE_LIMIT_PER_MINUTE: String(LIMIT), MAX_CONNECTIONS_PER_IP: '1' }));
}, 120_000);
afterAll(async () => {
  await testCluster?.stop();
}, 60_000);

describe('client addresses behind nginx', () => {
  it('give each client its own REST budget, whatever it claims in X-Forwarded-For', async () => {
    const board = await createBoard(testCluster.cluster.url);
    const path = `/api/boards/${board.id}?key=${board.keys.view}`;
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push(await getFrom(testCluster.cluster.url, '127.0.0.2', path, `198.51.100.${i}`));
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
    expect(await getFrom(testCluster.cluster.url, '127.0.0.3', path, '198.51.100.0')).toBe(200);
  });

  it('give each client its own connection budget on the sync socket, whatever it claims', async () => {
    const board = await createBoard(testCluster.cluster.url);
    const first = syncFrom(testCluster.cluster.url, '127.0.0.5', board.id, board.keys.edit, '198.51.100.1');
    await eventually(() => expect(first.state.status).toBe(101));
    const forged = syncFrom(testCluster.cluster.url, '127.0.0.5', board.id, board.keys.edit, '198.51.100.2');
    await eventually(() => expect(forged.state.status).toBe(429));
    const other = syncFrom(testCluster.cluster.url, '127.0.0.6', board.id, board.keys.edit, '198.51.100.1');
    await eventually(() => expect(other.state.status).toBe(101));
    for (const socket of [first, forged, other]) socket.ws.close();
  });
});
