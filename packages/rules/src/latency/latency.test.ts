import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../boardSchema';
import { report } from '../report';
import { sketch, type SketchEdge, type SketchNode } from '../rules/sketch';
import { KIND_LATENCY_MS } from './kindLatency';
import { latency, MAX_LATENCY_PATHS, type LatencyReport } from './latency';
import type { ComponentKind } from '../kinds';

const ms = KIND_LATENCY_MS;

/** A path's latency recomputed from its nodes: each adds its own, weighted by the misses of the caches and CDNs before it. */
function sumAlong(board: Board, report: LatencyReport, nodes: readonly string[]): number {
  let weight = 1;
  let total = 0;
  for (const id of nodes) {
    total += weight * report.perNode[id]!;
    const node = board.nodes.find((n) => n.id === id)!;
    if (node.kind === 'cache' || node.kind === 'cdn') weight *= 1 - (typeof node.props.hitRatio === 'number' ? node.props.hitRatio : node.kind === 'cache' ? 0.8 : 0.9);
  }
  return total;
}

describe('latency of request paths', () => {
  it('adds up the components along a synchronous chain', () => {
    const board = sketch('chain', [['users', 'client'], ['lb', 'load-balancer'], ['web', 'web-server'], ['db', 'database']], [['users', 'lb'], ['lb', 'web'], ['web', 'db']]);
    const result = latency(board);
    expect(result.paths).toEqual([{ nodes: ['users', 'lb', 'web', 'db'], ms: 4.5 }]);
    expect(result.slowestMs).toBe(4.5);
    expect(result.perNode).toEqual({ users: 0, lb: 0.5, web: 1.5, db: 2.5 });
  });

  it('ends the synchronous part at an async edge: the queue and the worker behind it are not waited for', () => {
    const board = sketch('async', [['users', 'client'], ['web', 'web-server'], ['jobs', 'message-queue'], ['worker', 'worker'], ['db', 'database']], [
      ['users', 'web'], ['web', 'jobs', 'async'], ['jobs', 'worker', 'async'], ['worker', 'db'],
    ]);
    expect(latency(board).paths).toEqual([{ nodes: ['users', 'web'], ms: ms['web-server'] }]);
  });

  it('counts a queue reached by a sync call (the publish) and stops there', () => {
    const board = sketch('publish', [['users', 'client'], ['web', 'web-server'], ['jobs', 'message-queue'], ['worker', 'worker']], [
      ['users', 'web'], ['web', 'jobs'], ['jobs', 'worker'],
    ]);
    const [path] = latency(board).paths;
    expect(path?.nodes).toEqual(['users', 'web', 'jobs']);
    expect(path?.ms).toBeCloseTo(ms['web-server'] + ms['message-queue'], 9);
  });

  it('does not pay the origin when the hit ratio is 1, pays all of it at 0, and a share in between', () => {
    const at = (hitRatio: number) =>
      latency(sketch('cdn', [['users', 'client'], ['cdn', 'cdn', { hitRatio }], ['files', 'object-storage']], [['users', 'cdn'], ['cdn', 'files']])).slowestMs;
    expect(at(1)).toBeCloseTo(ms.cdn, 9);
    expect(at(0)).toBeCloseTo(ms.cdn + ms['object-storage'], 9);
    expect(at(0.75)).toBeCloseTo(ms.cdn + 0.25 * ms['object-storage'], 3);
  });

  it('reads cache-aside through the cache to the database, and writes straight to the database', () => {
    const board = sketch('aside', [['users', 'client'], ['web', 'web-server'], ['cache', 'cache', { hitRatio: 0.9 }], ['db', 'database']], [
      ['users', 'web'], ['web', 'cache'], ['web', 'db'],
    ]);
    const { paths } = latency(board);
    expect(paths.map((p) => p.nodes)).toEqual([['users', 'web', 'db'], ['users', 'web', 'cache', 'db']]);
    expect(paths[1]!.ms).toBeCloseTo(ms['web-server'] + ms.cache + 0.1 * ms.database, 3);
  });

  it('takes each component\'s own latency from its latencyMs prop', () => {
    const board = sketch('slow', [['users', 'client', { latencyMs: 150 }], ['web', 'web-server', { latencyMs: 40 }]], [['users', 'web']]);
    expect(latency(board).slowestMs).toBe(190);
  });

  it('cuts loops as the load model does, so it terminates', () => {
    const board = sketch('loop', [['users', 'client'], ['a', 'app-server'], ['b', 'app-server']], [['users', 'a'], ['a', 'b'], ['b', 'a']]);
    expect(latency(board).paths).toEqual([{ nodes: ['users', 'a', 'b'], ms: 2 * ms['app-server'] }]);
  });

  // Building a 10,000-component board takes a second or two on a shared machine; the latency pass is a fraction of it.
  it('lists at most MAX_LATENCY_PATHS of 10^12 paths on a 10,000-component board, without walking them', { timeout: 30_000 }, () => {
    // Ten layers of a thousand servers, each server called by ten of the layer before: from the
    // client, 1,000 × 10^9 = 10^12 paths, far more than could ever be walked.
    const nodes: SketchNode[] = [['users', 'client']];
    const edges: SketchEdge[] = [];
    const layers = 10;
    const width = 1_000;
    for (let l = 0; l < layers; l++) {
      for (let i = 0; i < width; i++) {
        nodes.push([`n${l}-${i}`, 'app-server', { latencyMs: l === layers - 1 && i === 7 ? 50 : 1 }]);
        if (l === 0) edges.push(['users', `n0-${i}`]);
        else for (let k = 0; k < 10; k++) edges.push([`n${l - 1}-${(i + k * 97) % width}`, `n${l}-${i}`]);
      }
    }
    const result = latency(sketch('big', nodes, edges));
    expect(result.paths).toHaveLength(MAX_LATENCY_PATHS);
    expect(result.slowestMs).toBe(9 + 50);
    expect(result.paths[0]!.nodes.at(-1)).toBe('n9-7');
    for (const path of result.paths) expect(path.nodes).toHaveLength(layers + 1);
  });
});

/** Random acyclic boards: node i calls only nodes after it; node 0 is the client. */
const KINDS: ComponentKind[] = ['load-balancer', 'web-server', 'app-server', 'cache', 'cdn', 'database', 'message-queue', 'worker', 'object-storage'];
const acyclicBoard = fc
  .record({
    kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 9 }),
    latencies: fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 10, maxLength: 10 }),
    hits: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10, maxLength: 10 }),
    edges: fc.array(fc.tuple(fc.nat(9), fc.nat(9), fc.constantFrom('sync', 'sync', 'async') as fc.Arbitrary<'sync' | 'async'>), { maxLength: 30 }),
  })
  .map(({ kinds, latencies, hits, edges }) => {
    const nodes: SketchNode[] = [['c', 'client'], ...kinds.map((kind, i) => [`n${i + 1}`, kind, { latencyMs: latencies[i + 1]!, hitRatio: hits[i + 1]! }] as SketchNode)];
    const n = nodes.length;
    const drawn = edges
      .map(([a, b, kind]) => [a % n, b % n, kind] as const)
      .filter(([a, b]) => a < b)
      .map(([a, b, kind]) => [nodes[a]![0], nodes[b]![0], kind] as SketchEdge);
    return sketch('random', nodes.map(([id, kind, props]) => (kind === 'cache' || kind === 'cdn' ? [id, kind, props] : [id, kind, { latencyMs: props?.latencyMs }]) as SketchNode), drawn);
  });

/** Every path the model means, walked exhaustively (fine on ten nodes): sync calls, cache-aside reads, queues ending a path. */
function everyPathMs(board: Board, perNode: Record<string, number>): number[] {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const sync = (id: string) => {
    const node = byId.get(id)!;
    if (node.kind === 'message-queue') return [];
    const next = [...new Set(board.edges.filter((e) => e.from === id && e.kind === 'sync').map((e) => e.to))];
    return node.kind === 'worker' ? next.filter((t) => byId.get(t)!.kind !== 'message-queue') : next;
  };
  const pass = (id: string) => {
    const node = byId.get(id)!;
    return node.kind === 'cache' || node.kind === 'cdn' ? 1 - (node.props.hitRatio as number) : 1;
  };
  const from = (id: string): number[] => {
    const next = sync(id);
    if (next.length === 0) return [perNode[id]!];
    const hasCache = next.some((t) => byId.get(t)!.kind === 'cache');
    const out: number[] = [];
    for (const t of next) {
      const aside = hasCache && byId.get(t)!.kind === 'cache' ? next.filter((d) => byId.get(d)!.kind === 'database' && !sync(t).includes(d)) : [];
      // A cache read cache-aside always goes on to the database (weighted by the misses), never stops at a bare hit.
      if (aside.length === 0 || sync(t).length > 0) for (const tail of from(t)) out.push(perNode[id]! + pass(id) * tail);
      for (const db of aside) {
        for (const tail of from(db)) out.push(perNode[id]! + pass(id) * (perNode[t]! + pass(t) * tail));
      }
    }
    return out;
  };
  return from('c');
}

describe('latency on any acyclic board', { timeout: 30_000 }, () => {
  it('reports the slowest paths of all, each the weighted sum along it, deterministically', () => {
    fc.assert(fc.property(acyclicBoard, (board) => {
      const result = latency(board);
      expect(latency(board)).toEqual(result);
      for (const path of result.paths) {
        expect(path.nodes[0]).toBe('c');
        expect(path.ms).toBeCloseTo(sumAlong(board, result, path.nodes), 2);
      }
      const all = everyPathMs(board, result.perNode).sort((a, b) => b - a);
      const expected = all.slice(0, MAX_LATENCY_PATHS);
      expect(result.paths).toHaveLength(expected.length);
      result.paths.forEach((path, i) => expect(path.ms).toBeCloseTo(expected[i]!, 2));
      expect(result.slowestMs).toBeCloseTo(all[0] ?? 0, 2);
    }), { numRuns: 300 });
  });

  it('is the plain sum of the latencies along a path when no cache or CDN is on it', () => {
    fc.assert(fc.property(acyclicBoard, (board) => {
      const result = latency(board);
      const kindOf = new Map(board.nodes.map((n) => [n.id, n.kind]));
      for (const path of result.paths.filter((p) => p.nodes.every((id) => kindOf.get(id) !== 'cache' && kindOf.get(id) !== 'cdn'))) {
        expect(path.ms).toBeCloseTo(path.nodes.reduce((sum, id) => sum + result.perNode[id]!, 0), 2);
      }
    }), { numRuns: 200 });
  });
});

describe('report', () => {
  it('carries the latency', () => {
    const board = sketch('chain', [['users', 'client'], ['web', 'web-server']], [['users', 'web']]);
    expect(report(board).latency).toEqual(latency(board));
  });
});
