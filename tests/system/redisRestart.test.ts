import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode } from '@scaleboard/board';
import type { Cluster } from '@scaleboard/server/cluster';
import { Clients, createBoard, nodeIds, webServer } from './clients';
import { eventually } from '@scaleboard/server/testing';
import { PrivateRedis } from './privateRedis';
import { startTestCluster, type TestCluster } from './testCluster';

/** Redis dies and comes back mid-session: fan-out resumes by itself and nothing is lost. */
let testCluster: TestCluster;
let redis: PrivateRedis;
let cluster: Cluster;
const clients = new Clients();

beforeAll(async () => {
  redis = await PrivateRedis.start();
  testCluster = await startTestCluster(2, redis.url);
  cluster = testCluster.cluster;
}, 120_000);

afterAll(async () => {
  clients.destroyAll();
  await testCluster?.stop();
  await redis?.kill();
}, 60_000);

describe('a Redis restart', () => {
  it('resumes relaying between instances and loses no edit', async () => {
    const board = await createBoard(cluster.url);
    const [one, two] = cluster.instances.map((instance) => clients.connect(instance.url, board));
    await eventually(() => expect(one!.synced && two!.synced).toBe(true), { timeoutMs: 15_000 });
    addNode(one!.doc, webServer('before'));
    await eventually(() => expect(nodeIds(two!.doc)).toEqual(['before']));

    await redis.kill();
    const ready = async (url: string) => (await fetch(`${url}/readyz`)).status;
    // The instances notice: /readyz turns 503 while Redis is away.
    for (const instance of cluster.instances) await eventually(async () => expect(await ready(instance.url)).toBe(503), { timeoutMs: 10_000 });
    addNode(one!.doc, webServer('during-1'));
    addNode(two!.doc, webServer('during-2'));
    await redis.restart();
    addNode(one!.doc, webServer('after-1'));
    addNode(two!.doc, webServer('after-2'));

    const expected = ['after-1', 'after-2', 'before', 'during-1', 'during-2'];
    await eventually(() => expect(nodeIds(one!.doc)).toEqual(expected), { timeoutMs: 30_000 });
    await eventually(() => expect(nodeIds(two!.doc)).toEqual(expected), { timeoutMs: 30_000 });
    // And the relay is live again, not just caught up once: a fresh edit crosses over.
    addNode(two!.doc, webServer('later'));
    await eventually(() => expect(nodeIds(one!.doc)).toContain('later'), { timeoutMs: 10_000 });
    for (const instance of cluster.instances) await eventually(async () => expect(await ready(instance.url)).toBe(200));
    // REST counts its rate limits in Redis, whose restart forgot the store's Lua script (NOSCRIPT):
    // the store loads it again rather than failing every request.
    const restStatus = async (url: string) => (await fetch(`${url}/api/boards/${board.id}`, { headers: { authorization: `Bearer ${board.keys.view}` } })).status;
    for (const instance of cluster.instances) expect(await restStatus(instance.url)).toBe(200);
  }, 180_000);
});
