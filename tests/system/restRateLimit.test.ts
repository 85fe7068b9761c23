import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '@scaleboard/server/cluster';
import { createBoard } from './clients';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * REST rate limits are one budget per client for the whole deployment: counted in Redis, so
 * two instances do not give a client twice the requests.
 */
const LIMIT = 6;
let testCluster: TestCluster;
let cluster: Cluster;
beforeAll(async () => {
  // The instances inherit this process's environment; this file runs in a process of its own.
  process.env.RATE_LIMIT_PER_MINUTE = String(LIMIT);
  testCluster = await startTestCluster(2);
  cluster = testCluster.cluster;
}, 120_000);
afterAll(async () => {
  delete process.env.RATE_LIMIT_PER_MINUTE;
  await testCluster?.stop();
}, 60_000);

describe('REST rate limit across instances (Redis store)', () => {
  it('lets a client make RATE_LIMIT_PER_MINUTE requests in all, whichever instance answers', async () => {
    const [first, second] = cluster.instances.map((instance) => instance.url) as [string, string];
    const board = await createBoard(first);
    const statuses: number[] = [];
    for (let i = 1; i < LIMIT + 2; i++) {
      const res = await fetch(`${i % 2 ? second : first}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.keys.view}` } });
      statuses.push(res.status);
    }
    // The board's creation was the first request of the budget.
    expect(statuses).toEqual([...Array<number>(LIMIT - 1).fill(200), 429, 429]);
  });
});
