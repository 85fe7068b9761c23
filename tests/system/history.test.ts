import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNode, docToBoard, setNodeProp } from '@scaleboard/board';
import type { HistoryResponse, RestoreResponse } from '@scaleboard/protocol';
import type { Board } from '@scaleboard/rules';
import type { Cluster } from '@scaleboard/server/cluster';
import { eventually } from '@scaleboard/server/testing';
import { Clients, createBoard, webServer } from './clients';
import { startTestCluster, type TestCluster } from './testCluster';

/**
 * Issue 15 on three instances (PostgreSQL, Redis, nginx): edits made through one instance are
 * versions every instance lists and exports the same; a restore asked of another instance reaches
 * the clients of all three, and the history after the restored version stays.
 */
let testCluster: TestCluster;
let cluster: Cluster;
const clients = new Clients();

beforeAll(async () => {
  // A checkpoint every three versions, so versions are rebuilt from checkpoints too.
  testCluster = await startTestCluster(3, undefined, () => ({ COMPACT_EVERY: '3' }));
  cluster = testCluster.cluster;
}, 120_000);

afterAll(async () => {
  clients.destroyAll();
  await testCluster?.stop();
}, 60_000);

describe('history on a cluster', () => {
  it('lists and exports every version the same on every instance, and restores one for the clients of all three', async () => {
    const board = await createBoard(cluster.url);
    const [a, b, c] = cluster.instances.map((instance) => clients.connect(instance.url, board));
    await eventually(() => expect([a, b, c].every((p) => p!.synced)).toBe(true), { timeoutMs: 20_000 });
    const get = async <T>(url: string, path: string): Promise<T> => {
      const res = await fetch(`${url}/api/boards/${board.id}/${path}`, { headers: { authorization: `Bearer ${board.keys.view}` } });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      return (await res.json()) as T;
    };
    const newest = async (url: string) => (await get<HistoryResponse>(url, 'history?limit=1')).versions[0]?.version ?? 0;

    const states: Array<{ version: number; board: Board }> = [];
    for (let i = 0; i < 7; i++) {
      const before = await newest(cluster.url);
      if (i % 2 === 0) addNode(a!.doc, webServer(`web-${i}`));
      else setNodeProp(a!.doc, `web-${i - 1}`, 'instances', i + 1);
      const expected = docToBoard(a!.doc);
      await eventually(() => expect(docToBoard(c!.doc)).toEqual(expected), { timeoutMs: 10_000 });
      const version = await eventually(async () => {
        const now = await newest(cluster.url);
        expect(now).toBeGreaterThan(before);
        return now;
      });
      states.push({ version, board: expected });
    }

    // Every instance lists the same versions and rebuilds each the same.
    const lists = await Promise.all(cluster.instances.map(async (instance) => (await get<HistoryResponse>(instance.url, 'history?limit=500')).versions.map((v) => v.version)));
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    for (const instance of cluster.instances) {
      for (const { version, board: then } of states) expect({ version, file: await get<Board>(instance.url, `history/${version}/export.json`) }).toEqual({ version, file: then });
    }

    // Restore the third version through instance b: the clients of a, b and c all get it.
    const target = states[2]!;
    const res = await fetch(`${cluster.instances[1]!.url}/api/boards/${board.id}/history/${target.version}/restore`, { method: 'POST', headers: { authorization: `Bearer ${board.keys.edit}` } });
    expect(res.status).toBe(200);
    const { version } = (await res.json()) as RestoreResponse;
    expect(version).toBeGreaterThan(states.at(-1)!.version);
    for (const provider of [a, b, c]) await eventually(() => expect(docToBoard(provider!.doc)).toEqual(target.board), { timeoutMs: 10_000 });
    const after = (await get<HistoryResponse>(cluster.instances[2]!.url, 'history?limit=500')).versions.map((v) => v.version);
    for (const { version: kept } of states) expect(after).toContain(kept);
    expect(await get<Board>(cluster.instances[0]!.url, `history/${states.at(-1)!.version}/export.json`)).toEqual(states.at(-1)!.board);
  }, 120_000);
});
