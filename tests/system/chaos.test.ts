import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode } from '@scaleboard/board';
import type { Cluster } from '@scaleboard/server/cluster';
import { boardInDatabase } from './boardInDatabase';
import { Clients, createBoard, nodeIds, syncConnections, webServer } from './clients';
import { eventually } from '@scaleboard/server/testing';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Chaos: twelve clients write continuously through nginx while the busiest instance is killed
 * with SIGKILL. Every client records what it wrote; at the end every client, a newcomer on each
 * surviving instance, and the database hold the same state with all of it.
 */
const CLIENTS = 12;
const WRITES_PER_CLIENT = 60;

let testCluster: TestCluster;
let cluster: Cluster;
const clients = new Clients();

beforeAll(async () => {
  testCluster = await startTestCluster(3);
  cluster = testCluster.cluster;
}, 120_000);

afterAll(async () => {
  clients.destroyAll();
  await testCluster?.stop();
}, 60_000);

/** Adds one node every `everyMs` (pacing a writer, not waiting for anything) until `count`. */
function writeContinuously(doc: Y.Doc, prefix: string, count: number, everyMs: number): { written: string[]; done: Promise<void> } {
  const written: string[] = [];
  const done = new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const id = `${prefix}-${written.length}`;
      addNode(doc, webServer(id));
      written.push(id);
      if (written.length === count) {
        clearInterval(timer);
        resolve();
      }
    }, everyMs);
  });
  return { written, done };
}

describe('chaos: SIGKILL under continuous writes', () => {
  it('loses nothing any client wrote', async () => {
    const board = await createBoard(cluster.url);
    const providers = Array.from({ length: CLIENTS }, () => clients.connect(cluster.url, board));
    await eventually(() => expect(providers.every((p) => p.synced)).toBe(true), { timeoutMs: 20_000 });

    const writers = providers.map((p, i) => writeContinuously(p.doc, `c${i}`, WRITES_PER_CLIENT, 40));
    await eventually(() => expect(Math.min(...writers.map((w) => w.written.length))).toBeGreaterThan(WRITES_PER_CLIENT / 3), { timeoutMs: 20_000 });
    const counts = await Promise.all(cluster.instances.map((instance) => syncConnections(instance.url)));
    const victim = cluster.instances[counts.indexOf(Math.max(...counts))]!;
    victim.process.kill('SIGKILL');
    expect(await victim.exited).toBe('SIGKILL');
    await Promise.all(writers.map((w) => w.done));

    const expected = writers.flatMap((w) => w.written).sort();
    expect(expected).toHaveLength(CLIENTS * WRITES_PER_CLIENT);
    for (const provider of providers) await eventually(() => expect(nodeIds(provider.doc)).toEqual(expected), { timeoutMs: 30_000 });

    for (const instance of cluster.instances.filter((i) => i !== victim)) {
      const newcomer = clients.connect(instance.url, board, board.keys.view);
      await eventually(() => expect(newcomer.synced).toBe(true), { timeoutMs: 10_000 });
      expect(nodeIds(newcomer.doc)).toEqual(expected);
      expect(Y.encodeStateVector(newcomer.doc)).toEqual(Y.encodeStateVector(providers[0]!.doc));
    }
    await eventually(async () => {
      const stored = await boardInDatabase({ databaseUrl: testCluster.database.url, dataDir: '' }, board.id);
      expect(nodeIds(stored)).toEqual(expected);
      expect(Y.encodeStateVector(stored)).toEqual(Y.encodeStateVector(providers[0]!.doc));
    }, { timeoutMs: 15_000 });
  }, 120_000);
});
