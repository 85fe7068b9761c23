import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import { buildGraph } from '../graph/boardGraph';
import { sources, targets } from '../graph/paths';
import { reportWithAvailability } from '../report';
import { sketch } from '../rules/sketch';
import { anyBoard, boardOf } from '../testing/anyBoard';
import type { Scenario } from './scenarioSchema';
import { simulate } from './simulate';

const USERS = { monthlyActiveUsers: 10_000_000 };

/** Users → LB → two web servers → cache and database (cache-aside), a queue and its worker. */
function chapterOne(db: Record<string, unknown> = {}, extraNodes: Board['nodes'] = [], extraEdges: Board['edges'] = []): Board {
  const board = sketch('Chapter 1', [
    ['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'],
    ['cache', 'cache', { instances: 2, ttlSeconds: 60 }], ['db', 'database', db], ['jobs', 'message-queue'], ['worker', 'worker'],
  ], [
    ['users', 'lb'], ['lb', 'web1'], ['lb', 'web2'], ['web1', 'cache'], ['web2', 'cache'], ['web1', 'db'], ['web2', 'db'],
    ['web1', 'jobs', 'async'], ['jobs', 'worker', 'async'],
  ], USERS);
  board.nodes[5]!.label = 'DB';
  board.nodes[2]!.label = 'Web 1';
  board.nodes[3]!.label = 'Web 2';
  board.nodes[0]!.label = 'Users';
  return { ...board, nodes: [...board.nodes, ...extraNodes], edges: [...board.edges, ...extraEdges] };
}

const scenarioRules = (result: ReturnType<typeof simulate>) => result.findings.filter((f) => f.rule.startsWith('scenario-'));

describe('simulate on the chapter-1 design', () => {
  it('the only database down: every server that reads it fails, and the chain reaches the users, in English and Korean', () => {
    const board = chapterOne();
    const drill = simulate(board, { fail: ['db'] });
    expect(drill.failed).toEqual(['lb', 'web1', 'web2', 'db']);
    const [outage] = scenarioRules(drill);
    expect(outage).toMatchObject({ rule: 'scenario-outage', severity: 'error', nodes: ['users', 'lb', 'web1', 'web2', 'db'] });
    expect(outage!.message).toBe('"DB" down → "Web 1" and "Web 2" fail → "lb" fails → "Users" get errors.');
    expect(outage!.fix).toContain('Give "DB" an alternative');
    const ko = scenarioRules(simulate(board, { fail: ['db'] }, { lang: 'ko' }))[0]!;
    expect(ko.message).toBe('"DB" 장애 → "Web 1" 및 "Web 2" 실패 → "lb" 실패 → "Users"에게 오류가 납니다.');
    expect(drill.availability).toMatchObject({ availability: 0, nines: 0, weakest: { node: 'db', nodes: ['db'], availability: 0 } });
    for (const id of drill.failed) expect(drill.load[id]).toEqual({ qps: 0, utilization: 0 });
    expect(drill.load.users!.qps).toBeGreaterThan(0);
    // The design rules read the board as drawn: the cache still has its database, the design's own findings stay.
    expect(drill.findings.filter((f) => !f.rule.startsWith('scenario-'))).toEqual(reportWithAvailability(board).findings.filter((f) => f.rule !== 'over-capacity'));
  });

  it('a primary with a drawn replica: the replica is promoted and takes its connections; nothing fails but the primary', () => {
    const board = chapterOne({}, [{ id: 'db2', kind: 'database', label: 'DB replica', x: 0, y: 0, props: { role: 'replica' } }], [
      { id: 'r1', from: 'db', to: 'db2', kind: 'replication' },
    ]);
    const drill = simulate(board, { fail: ['db'] });
    expect(drill.failed).toEqual(['db']);
    expect(scenarioRules(drill).map((f) => [f.rule, f.message])).toEqual([
      ['scenario-promoted', '"DB" down → its replica "DB replica" is promoted to primary.'],
    ]);
    // Everything the primary took (writes and the reads the cache misses) now lands on the replica.
    expect(drill.load.db2!.qps).toBeCloseTo(reportWithAvailability(board).load.db!.qps, 6);
    expect(drill.availability.availability).toBeGreaterThan(0.99);
  });

  it('a primary with replicas counted in its props: one is promoted, one fewer is left', () => {
    const drill = simulate(chapterOne({ replicas: 2 }), { fail: ['db'] });
    expect(drill.failed).toEqual([]);
    expect(scenarioRules(drill).map((f) => f.message)).toEqual(['"DB" down → one of its replicas is promoted to primary (1 replica(s) left).']);
  });

  it('one web server down: the balancer fails over to the other, which now takes all the traffic', () => {
    const board = chapterOne();
    const before = reportWithAvailability(board).load;
    const drill = simulate(board, { fail: ['web2'] });
    expect(drill.failed).toEqual(['web2']);
    expect(scenarioRules(drill).map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['scenario-failover', 'info', '"Web 2" down → "lb" sends its requests to "Web 1".'],
    ]);
    expect(drill.load.web1!.qps).toBeCloseTo(before.web1!.qps + before.web2!.qps, 6);
    expect(drill.findings.some((f) => f.rule === 'over-capacity' && f.nodes.includes('web1'))).toBe(true);
  });

  it('the cache down: servers read the database directly, which takes every read', () => {
    const board = chapterOne();
    const drill = simulate(board, { fail: ['cache'] });
    expect(drill.failed).toEqual(['cache']);
    const bypass = scenarioRules(drill).filter((f) => f.rule === 'scenario-cache-bypass');
    expect(bypass.map((f) => f.message)).toEqual([
      '"cache" down → "Web 1" reads "DB" directly: every read now reaches the database.',
      '"cache" down → "Web 2" reads "DB" directly: every read now reaches the database.',
    ]);
    expect(drill.load.db!.qps).toBeCloseTo(drill.load.lb!.qps, 6);
  });

  it('a cold cache (hit ratio 0) sends every read to the database; a perfect one none', () => {
    const board = chapterOne();
    expect(simulate(board, { hitRatios: { cache: 0 } }).load.db!.qps).toBeCloseTo(reportWithAvailability(board).load.lb!.qps, 6);
    const perfect = simulate(board, { hitRatios: { cache: 1 } });
    expect(perfect.load.db!.qps).toBeCloseTo(reportWithAvailability(board).estimate.peakWriteQps, 6);
    expect(perfect.failed).toEqual([]);
  });

  it('the worker down: jobs pile up in the queue, the request path still serves', () => {
    const drill = simulate(chapterOne(), { fail: ['worker'] });
    expect(drill.failed).toEqual(['worker']);
    expect(scenarioRules(drill).map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['scenario-backlog', 'warning', '"worker" down → jobs pile up in "jobs" and wait until a consumer is back.'],
    ]);
  });

  it('the queue down fails the server that publishes to it; the balancer fails over to the other', () => {
    const drill = simulate(chapterOne(), { fail: ['jobs'] });
    expect(drill.failed).toEqual(['web1', 'jobs']);
    expect(scenarioRules(drill).map((f) => f.message)).toContain('"jobs" down → "Web 1" fails → "lb" sends its requests to "Web 2".');
  });

  it('a region down fails every component drawn inside it (groups within groups too), never the users', () => {
    const board = chapterOne();
    const inRegion = { ...board, nodes: [
      { id: 'eu', kind: 'region' as const, label: 'EU', x: 0, y: 0, props: {} },
      { id: 'vpc', kind: 'private-network' as const, label: 'VPC', x: 0, y: 0, props: {}, parent: 'eu' },
      ...board.nodes.map((n) => (n.id === 'users' ? { ...n, parent: 'eu' } : n.id === 'web2' || n.id === 'db' ? { ...n, parent: 'vpc' } : n)),
    ] };
    const drill = simulate(inRegion, { fail: ['eu'] });
    expect(drill.failed).toEqual(['lb', 'web1', 'web2', 'db']);
    expect(scenarioRules(drill)[0]!.rule).toBe('scenario-outage');
  });

  it('instances down: the component keeps serving with less capacity, and the load shows it over capacity', () => {
    const board = sketch('Three servers', [['users', 'client'], ['web', 'web-server', { instances: 3 }]], [['users', 'web']], { monthlyActiveUsers: 50_000_000 });
    const before = reportWithAvailability(board).load.web!;
    const drill = simulate(board, { fail: ['web#1', 'web#3', 'web#1'] });
    expect(drill.failed).toEqual([]);
    expect(drill.scenario).toEqual({ fail: ['web#1', 'web#3'] });
    expect(scenarioRules(drill).map((f) => f.message)).toEqual(['2 of 3 instances of "web" down → 1 left to carry its load.']);
    expect(drill.load.web!.qps).toBeCloseTo(before.qps, 6);
    expect(drill.load.web!.utilization).toBeCloseTo(before.utilization * 3, 6);
    // All of its instances is all of it.
    expect(simulate(board, { fail: ['web#1', 'web#2', 'web#3'] }).failed).toEqual(['web']);
  });

  it('a region down takes the replicas a database counts with it: nothing is promoted', () => {
    const board = chapterOne({ replicas: 2 });
    const inRegion = { ...board, nodes: [{ id: 'eu', kind: 'region' as const, label: 'EU', x: 0, y: 0, props: {} }, ...board.nodes.map((n) => (n.id === 'db' ? { ...n, parent: 'eu' } : n))] };
    const drill = simulate(inRegion, { fail: ['eu'] });
    expect(drill.failed).toEqual(['lb', 'web1', 'web2', 'db']);
    expect(drill.findings.some((f) => f.rule === 'scenario-promoted')).toBe(false);
  });

  it('ignores what a boundary would refuse (unknown ids, a factor or ratio out of range) rather than throw', () => {
    const board = chapterOne();
    const plain = simulate(board, {});
    for (const scenario of [{ fail: ['nope', 'users', 'web1#9'] }, { traffic: -1 }, { traffic: Number.NaN }, { hitRatios: { cache: 7, web1: 0.5 } }] as Scenario[]) {
      const drill = simulate(board, scenario);
      expect({ findings: drill.findings, load: drill.load, failed: drill.failed }).toEqual({ findings: plain.findings, load: plain.load, failed: [] });
    }
  });

  it('a balancer down on a board without clients: the servers behind it do not become entries', () => {
    const board = sketch('Demo', [['lb', 'load-balancer'], ['w1', 'web-server'], ['w2', 'web-server']], [['lb', 'w1'], ['lb', 'w2']], USERS);
    const drill = simulate(board, { fail: ['lb'] });
    expect(drill.failed).toEqual(['lb']);
    expect(scenarioRules(drill).map((f) => f.message)).toEqual(['"lb" down → users get errors.']);
    expect(drill.load.w1!.qps).toBe(0);
    expect(drill.availability.availability).toBe(0);
  });
});

// Components of generated boards that can fail and have several instances, with their count.
function multiInstance(board: Board): [string, number][] {
  const graph = buildGraph(board);
  return [...graph.nodes.values()].filter((n) => n.kind !== 'client' && n.instances > 1).map((n) => [n.id, n.instances]);
}

/** Every number in a JSON-like value. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbers);
}

// Hundreds of generated boards each: seconds on a loaded machine.
describe('simulate on any board (properties)', { timeout: 60_000 }, () => {
  it('with no scenario, is the report with availability, plus an empty scenario and nothing failed', () => {
    fc.assert(fc.property(anyBoard, (raw) => {
      const board = boardOf(raw);
      expect(simulate(board, {})).toEqual({ ...reportWithAvailability(board), scenario: {}, failed: [] });
      expect(simulate(board, { traffic: 1, fail: [], hitRatios: {} })).toEqual({ ...reportWithAvailability(board), scenario: { traffic: 1 }, failed: [] });
    }), { numRuns: 200 });
  });

  it('failing some (not all) instances of components with several never fails anything', () => {
    fc.assert(fc.property(anyBoard, fc.nat(), (raw, seed) => {
      const board = boardOf(raw);
      const fail = multiInstance(board).flatMap(([id, instances], i) => Array.from({ length: 1 + ((seed + i) % Math.min(instances - 1, 4)) }, (_, k) => `${id}#${k + 1}`));
      const drill = simulate(board, { fail });
      expect(drill.failed).toEqual([]);
      expect(drill.findings.some((f) => f.rule === 'scenario-outage')).toBe(false);
    }), { numRuns: 300 });
  });

  it('a 2-instance tier with one instance down is never failed, whatever else is drawn', () => {
    fc.assert(fc.property(anyBoard, fc.constantFrom(1, 2), (raw, k) => {
      const board = boardOf(raw);
      for (const [id, instances] of multiInstance(board)) {
        if (instances !== 2) continue;
        expect(simulate(board, { fail: [`${id}#${k}`] }).failed).not.toContain(id);
      }
    }), { numRuns: 200 });
  });

  it('failing the only database (no replica) fails every server that reads it, and users who read it get an error', () => {
    // Any board, its first node made the one database (no replicas) and every other database a server.
    const oneDatabase = anyBoard.filter((b) => b.nodes.length > 0).map((b) => ({
      ...b,
      nodes: b.nodes.map((n, i) => (i === 0 ? { ...n, kind: 'database' as const, props: {} } : n.kind === 'database' ? { ...n, kind: 'app-server' as const } : n)),
    }));
    fc.assert(fc.property(oneDatabase, (raw) => {
      const board = boardOf(raw);
      const graph = buildGraph(board);
      const dbs = [...graph.nodes.values()].filter((n) => n.kind === 'database');
      expect(dbs.map((n) => resolveProps('database', n.props).replicas)).toEqual([0]);
      const db = dbs[0]!;
      const drill = simulate(board, { fail: [db.id] });
      expect(drill.failed).toContain(db.id);
      for (const reader of sources(graph, db.id, ['sync', 'async'])) {
        if (reader.kind === 'message-queue' || reader.id === db.id) continue;
        // A balancer's backends are alternatives to each other whatever their kind.
        if (reader.kind === 'load-balancer' && targets(graph, reader.id, ['sync', 'async']).length > 1) continue;
        if (reader.kind === 'client') expect(drill.findings.some((f) => f.rule === 'scenario-outage' && f.nodes.includes(reader.id))).toBe(true);
        else expect(drill.failed).toContain(reader.id);
      }
    }), { numRuns: 300 });
  });

  it('traffic × k scales every load and the estimate\'s request rates by k', () => {
    fc.assert(fc.property(anyBoard, fc.double({ min: 0.001, max: 1000, noNaN: true }), (raw, k) => {
      const board = boardOf(raw);
      const base = reportWithAvailability(board);
      const drill = simulate(board, { traffic: k });
      expect(Object.keys(drill.load)).toEqual(Object.keys(base.load));
      for (const [id, { qps, utilization }] of Object.entries(base.load)) {
        expect(drill.load[id]!.qps).toBeCloseTo(qps * k, Math.max(0, 6 - Math.ceil(Math.log10(1 + qps * k))));
        expect(drill.load[id]!.utilization).toBeCloseTo(utilization * k, Math.max(0, 6 - Math.ceil(Math.log10(1 + utilization * k))));
      }
      expect(drill.estimate.peakQps).toBeCloseTo(base.estimate.peakQps * k, 0);
      expect(drill.estimate.storageTotalBytes).toBe(base.estimate.storageTotalBytes);
    }), { numRuns: 200 });
  });

  it('is deterministic and finite for any scenario over the board\'s ids', () => {
    const scenario = fc.record({
      fail: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'a#1', 'b#2', 'c#3', 'zz'), { maxLength: 5 }),
      traffic: fc.double({ min: 0.01, max: 1000, noNaN: true }),
      hitRatios: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.double({ min: 0, max: 1, noNaN: true })),
    }, { requiredKeys: [] });
    fc.assert(fc.property(anyBoard, scenario, (raw, s: Scenario) => {
      const board = boardOf(raw);
      const first = simulate(board, s);
      expect(simulate(board, s)).toEqual(first);
      expect(numbers(first).every(Number.isFinite)).toBe(true);
      expect(new Set(first.failed).size).toBe(first.failed.length);
      for (const id of first.failed) expect(first.load[id]).toEqual({ qps: 0, utilization: 0 });
      expect(first.availability.availability).toBeGreaterThanOrEqual(0);
      expect(first.availability.availability).toBeLessThanOrEqual(1);
      for (const finding of first.findings) expect(finding.nodes.length).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
});
