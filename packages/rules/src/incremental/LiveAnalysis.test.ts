import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOARD_FORMAT, type Board, type BoardEdge, type BoardNode } from '../boardSchema';
import { COMPONENT_KINDS, EDGE_KINDS, type NodeKind } from '../kinds';
import { reportWithAvailability, type Report } from '../report';
import { sketch, type SketchEdge, type SketchNode } from '../rules/sketch';
import { latencyTarget } from '../rules/latencyTarget';
import { CHAPTER_1 } from '../templates/chapter1';

const CHAPTER_BOARD = CHAPTER_1[CHAPTER_1.length - 1]!.board;
import { LiveAnalysis } from './LiveAnalysis';

const KINDS: readonly NodeKind[] = [...COMPONENT_KINDS, 'note', 'public-network', 'private-network', 'region'];
/** Few labels, so labels repeat and names gain and lose their kind. */
const LABELS = ['LB', 'web', 'db', 'cache', ' web ', ''];
const IDS = Array.from({ length: 14 }, (_, i) => `n${i}`);

/** Props every rule and the load model read, with values around their thresholds. */
const propValue = fc.oneof(
  fc.record({ key: fc.constantFrom('instances', 'replicas'), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ key: fc.constantFrom('hitRatio', 'availability'), value: fc.constantFrom(0, 0.5, 0.9, 0.999, 1) }),
  fc.record({ key: fc.constant('capacityQps'), value: fc.constantFrom(1, 100, 3000, 1e9) }),
  fc.record({ key: fc.constant('share'), value: fc.constantFrom(0, 1, 3) }),
  fc.record({ key: fc.constantFrom('ttlSeconds', 'cpuCores', 'memoryGb'), value: fc.constantFrom(0, 60, 200, 4096) }),
  fc.record({ key: fc.constant('stateful'), value: fc.boolean() }),
  fc.record({ key: fc.constant('role'), value: fc.constantFrom('primary', 'replica') }),
  fc.record({ key: fc.constant('eviction'), value: fc.constantFrom('lru', 'none') }),
  // Latency and cost: a component's own latency (around the cells' slowest paths) and its unit price.
  fc.record({ key: fc.constant('latencyMs'), value: fc.constantFrom(0, 0.5, 3, 10, 150) }),
  fc.record({ key: fc.constant('unitPriceUsd'), value: fc.constantFrom(0, 0.4, 70.08, 1000) }),
);

/** A latency target (or none) near the boards' slowest paths, so the latency-target rule comes and goes. */
const latencyTargetMs = fc.option(fc.constantFrom(1, 4, 8, 40), { nil: undefined });
const withLatencyTarget = (target: number | undefined) => (target === undefined ? {} : { latencyTargetMs: target });

type Edit =
  | { type: 'move'; node: number; x: number }
  | { type: 'prop'; node: number; key: string; value: unknown }
  | { type: 'unset'; node: number }
  | { type: 'label'; node: number; label: string }
  | { type: 'kind'; node: number; kind: NodeKind }
  | { type: 'parent'; node: number; parent: number | null }
  | { type: 'addNode'; id: string; kind: NodeKind; label: string; at?: number }
  | { type: 'removeNode'; node: number }
  | { type: 'addEdge'; from: number; to: number; kind: BoardEdge['kind']; at?: number }
  | { type: 'removeEdge'; edge: number }
  | { type: 'assumptions'; monthlyActiveUsers: number };

const index = fc.nat({ max: 40 });
/** Where an added element goes: at the end, or at an index. */
const place = fc.option(fc.nat({ max: 40 }), { nil: undefined });
// Mostly the edits people make all day (moves, props, labels), some that change the structure.
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('move' as const), node: index, x: fc.integer({ min: 0, max: 500 }) }) },
  { weight: 8, arbitrary: fc.tuple(index, propValue).map(([node, { key, value }]) => ({ type: 'prop' as const, node, key, value })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('unset' as const), node: index }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('label' as const), node: index, label: fc.constantFrom(...LABELS) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('kind' as const), node: index, kind: fc.constantFrom(...KINDS) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('parent' as const), node: index, parent: fc.option(index) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('addNode' as const), id: fc.constantFrom(...IDS), kind: fc.constantFrom(...KINDS), label: fc.constantFrom(...LABELS), at: place }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeNode' as const), node: index }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('addEdge' as const), from: index, to: index, kind: fc.constantFrom(...EDGE_KINDS), at: place }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeEdge' as const), edge: index }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('assumptions' as const), monthlyActiveUsers: fc.constantFrom(1e6, 1e8, 1e9) }) },
);

const at = <T,>(list: readonly T[], i: number): T | undefined => (list.length > 0 ? list[i % list.length] : undefined);
/** `list` with `item` added at `index` (modulo its length + 1), or at the end: the web's reader sorts by id, so a new element often lands in the middle. */
const inserted = <T,>(list: readonly T[], item: T, index?: number): T[] => {
  if (index === undefined) return [...list, item];
  const i = index % (list.length + 1);
  return [...list.slice(0, i), item, ...list.slice(i)];
};
let edgeCount = 0;

/** The next state of the board, as the web's reader makes it: untouched elements stay the same objects. */
function applyEdit(board: Board, e: Edit): Board {
  const replace = (i: number, make: (node: BoardNode) => BoardNode): Board => {
    const node = at(board.nodes, i);
    if (!node) return board;
    return { ...board, nodes: board.nodes.map((n) => (n === node ? make(n) : n)) };
  };
  switch (e.type) {
    case 'move':
      return replace(e.node, (n) => ({ ...n, x: e.x }));
    case 'prop':
      return replace(e.node, (n) => ({ ...n, props: { ...n.props, [e.key]: e.value } }));
    case 'unset':
      return replace(e.node, (n) => ({ ...n, props: {} }));
    case 'label':
      return replace(e.node, (n) => ({ ...n, label: e.label }));
    case 'kind':
      return replace(e.node, (n) => ({ ...n, kind: e.kind }));
    case 'parent': {
      const parent = e.parent === null ? undefined : at(board.nodes, e.parent)?.id;
      return replace(e.node, ({ parent: _, ...n }) => (parent ? { ...n, parent } : n));
    }
    case 'addNode':
      // Ids may repeat: a hand-edited file can hold two nodes with one id.
      return { ...board, nodes: inserted(board.nodes, { id: e.id, kind: e.kind, label: e.label, x: 0, y: 0, props: {} }, e.at) };
    case 'removeNode': {
      const node = at(board.nodes, e.node);
      return node ? { ...board, nodes: board.nodes.filter((n) => n !== node) } : board;
    }
    case 'addEdge': {
      const from = at(board.nodes, e.from);
      const to = at(board.nodes, e.to);
      if (!from || !to) return board;
      return { ...board, edges: inserted(board.edges, { id: `e${++edgeCount}`, from: from.id, to: to.id, kind: e.kind }, e.at) };
    }
    case 'removeEdge': {
      const edge = at(board.edges, e.edge);
      return edge ? { ...board, edges: board.edges.filter((x) => x !== edge) } : board;
    }
    case 'assumptions':
      return { ...board, assumptions: { ...board.assumptions, monthlyActiveUsers: e.monthlyActiveUsers } };
  }
}

const startBoard: fc.Arbitrary<Board> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KINDS), fc.constantFrom(...LABELS), fc.array(propValue, { maxLength: 3 })), { minLength: 1, maxLength: 14 }),
    fc.array(fc.tuple(index, index, fc.constantFrom(...EDGE_KINDS)), { maxLength: 24 }),
    fc.boolean(),
    latencyTargetMs,
  )
  .map(([nodes, edges, target, latencyMs]) => ({
    format: BOARD_FORMAT,
    title: 'random',
    assumptions: { monthlyActiveUsers: 10_000_000, ...(target ? { availabilityTarget: 0.999 } : {}), ...withLatencyTarget(latencyMs) },
    nodes: nodes.map(([kind, label, props], i) => ({ id: IDS[i]!, kind, label, x: 0, y: 0, props: Object.fromEntries(props.map(({ key, value }) => [key, value])) })),
    edges: edges.map(([from, to, kind], i) => ({ id: `s${i}`, from: IDS[from % nodes.length]!, to: IDS[to % nodes.length]!, kind })),
  }));

/** Chapter-1 cells (balancer, one or two web servers, cache, primary and replica, queue and worker) behind one or two clients, with a few stray edges. */
const cellBoard: fc.Arbitrary<Board> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.boolean(), fc.array(fc.tuple(index, index, fc.constantFrom(...EDGE_KINDS)), { maxLength: 4 }), latencyTargetMs)
  .map(([cells, twoClients, oneWeb, stray, latencyMs]) => {
    const nodes: SketchNode[] = [['users', 'client'], ['dns', 'dns'], ...(twoClients ? [['mobile', 'client'] as SketchNode] : [])];
    const edges: SketchEdge[] = [['users', 'dns']];
    for (let c = 0; c < cells; c++) {
      const id = (name: string) => `${name}${c}`;
      nodes.push([id('lb'), 'load-balancer'], [id('w1'), 'web-server'], [id('w2'), 'web-server'], [id('cache'), 'cache'], [id('db'), 'database'], [id('replica'), 'database', { role: 'replica' }], [id('jobs'), 'message-queue'], [id('worker'), 'worker']);
      edges.push(['users', id('lb')], [id('db'), id('replica'), 'replication'], [id('worker'), id('jobs'), 'async'], [id('worker'), id('db')]);
      if (twoClients) edges.push(['mobile', id('lb')]);
      for (const w of oneWeb ? ['w1'] : ['w1', 'w2']) edges.push([id('lb'), id(w)], [id(w), id('cache')], [id(w), id('db')], [id(w), id('replica')], [id(w), id('jobs'), 'async']);
    }
    for (const [from, to, kind] of stray) edges.push([nodes[from % nodes.length]![0], nodes[to % nodes.length]![0], kind]);
    return sketch('cells', nodes, edges, { monthlyActiveUsers: 50_000_000, availabilityTarget: 0.9999, ...withLatencyTarget(latencyMs) });
  });

// What people do all day: props, labels and moves, which the live analysis patches rather than rebuilds.
const patchEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ type: fc.constant('move' as const), node: index, x: fc.integer({ min: 0, max: 500 }) }) },
  { weight: 8, arbitrary: fc.tuple(index, propValue).map(([node, { key, value }]) => ({ type: 'prop' as const, node, key, value })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('unset' as const), node: index }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('label' as const), node: index, label: fc.constantFrom(...LABELS) }) },
);

let newIds = 0;
/**
 * The structural edits people make all day — a new component (no edges yet), an edge drawn or
 * erased, a component deleted — and latency edits, mixed with props and labels. A new component
 * gets a fresh id; its kind is one a cell has, or a client (a new entry). New elements come at the
 * end or anywhere between, as the web's reader (sorted by id) puts them.
 */
const structuralEdit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: patchEdit },
  { weight: 2, arbitrary: fc.tuple(index, fc.constantFrom('latencyMs', 'hitRatio'), fc.constantFrom(0, 0.5, 0.9, 1, 3, 150)).map(([node, key, value]) => ({ type: 'prop' as const, node, key, value })) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('addNode' as const), kind: fc.constantFrom<NodeKind>('web-server', 'cache', 'database', 'load-balancer', 'message-queue', 'worker', 'client', 'cdn'), label: fc.constantFrom(...LABELS), at: place }).map((e) => ({ ...e, id: `new${++newIds}` })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('removeNode' as const), node: index }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('addEdge' as const), from: index, to: index, kind: fc.constantFrom(...EDGE_KINDS), at: place }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('removeEdge' as const), edge: fc.nat({ max: 200 }) }) },
);

/** Per node, what its badges and load mark show (the rules naming it, its load, its instances), and its own latency and bill. */
function marks(board: Board, report: Report): Map<string, string> {
  const result = new Map<string, string>();
  for (const node of board.nodes) {
    const rules = report.findings.filter((f) => f.nodes.includes(node.id)).map((f) => `${f.rule}:${f.severity}`);
    const own = [report.latency.perNode[node.id] ?? null, report.cost.perNode[node.id] ?? null];
    result.set(node.id, JSON.stringify([rules, report.load[node.id] ?? null, node.props.instances ?? null, own]));
  }
  return result;
}

/**
 * Edits `start` one edit at a time: after each, the live report equals reportWithAvailability, and
 * `touched` names every node whose marks changed — and every component that went, so a view drops
 * its marks.
 */
function followsReport(start: Board, edits: readonly Edit[], lang: 'en' | 'ko'): void {
  const live = new LiveAnalysis(start, { lang });
  let board = start;
  let before = marks(board, live.report);
  for (const e of edits) {
    board = applyEdit(board, e);
    const report = live.update(board);
    expect(report).toEqual(reportWithAvailability(board, { lang }));
    const after = marks(board, report);
    const touched = live.touched;
    if (touched !== 'all') for (const [id, mark] of after) if (mark !== before.get(id)) expect(touched).toContain(id);
    if (touched !== 'all') for (const id of before.keys()) if (!after.has(id)) expect(touched).toContain(id);
    before = after;
  }
}

describe('LiveAnalysis', () => {
  it('equals reportWithAvailability after every edit of props and labels on chapter-1 cells (property)', () => {
    fc.assert(fc.property(cellBoard, fc.array(patchEdit, { minLength: 1, maxLength: 40 }), fc.constantFrom('en' as const, 'ko' as const), followsReport), { numRuns: 250 });
  }, 120_000);

  it('equals reportWithAvailability after components and edges come and go and latencies change on chapter-1 cells (property)', () => {
    fc.assert(fc.property(cellBoard, fc.array(structuralEdit, { minLength: 1, maxLength: 40 }), fc.constantFrom('en' as const, 'ko' as const), followsReport), { numRuns: 300 });
  }, 120_000);

  it('equals reportWithAvailability of the board after every edit, numbers to the last bit (property)', () => {
    fc.assert(
      fc.property(startBoard, fc.array(edit, { minLength: 1, maxLength: 30 }), fc.constantFrom('en' as const, 'ko' as const), (start, edits, lang) => {
        const live = new LiveAnalysis(start, { lang });
        expect(live.report).toEqual(reportWithAvailability(start, { lang }));
        let board = start;
        for (const e of edits) {
          board = applyEdit(board, e);
          expect(live.update(board)).toEqual(reportWithAvailability(board, { lang }));
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('patches a new edge that puts a far chain on the request path, raising findings four steps away', () => {
    // No balancer: nothing is behind one before or after, so only the request path says d changed.
    const chain = sketch('chain', [['users', 'client'], ['web', 'web-server', { instances: 2 }], ['a', 'app-server'], ['b', 'app-server'], ['c', 'app-server'], ['d', 'database']], [['users', 'web'], ['a', 'b'], ['b', 'c'], ['c', 'd']]);
    const live = new LiveAnalysis(chain);
    const joined = { ...chain, edges: [...chain.edges, { id: 'join', from: 'web', to: 'a', kind: 'sync' as const }] };
    const report = live.update(joined);
    expect(report).toEqual(reportWithAvailability(joined));
    expect(live.touched).not.toBe('all');
    expect(report.findings.some((f) => f.rule === 'single-point-of-failure' && f.nodes[0] === 'd')).toBe(true);
    expect(live.touched).toContain('d');
    const cut = { ...joined, edges: chain.edges };
    expect(live.update(cut)).toEqual(reportWithAvailability(cut));
    expect(live.touched).toContain('d');
  });

  it('rebuilds the latency when a new edge reaches a loop nothing reached before (found by the property test)', () => {
    const board: Board = sketch('loop', [['users', 'client'], ['files', 'object-storage'], ['cache', 'cache']], [['files', 'cache'], ['cache', 'files']]);
    const live = new LiveAnalysis(board);
    const reached = { ...board, edges: [...board.edges, { id: 'in', from: 'users', to: 'files', kind: 'sync' as const }] };
    expect(live.update(reached)).toEqual(reportWithAvailability(reached));
    const faster = { ...reached, nodes: reached.nodes.map((n) => (n.id === 'users' ? { ...n, props: { latencyMs: 0 } } : n)) };
    expect(live.update(faster)).toEqual(reportWithAvailability(faster));
  });

  it('merges two stages when a new edge makes two caches alternatives, and keeps the stages after them in step', () => {
    const board: Board = sketch('stages', [['users', 'client'], ['lb', 'load-balancer'], ['w1', 'web-server'], ['w2', 'web-server'], ['c1', 'cache'], ['c2', 'cache'], ['db', 'database']], [['users', 'lb'], ['lb', 'w1'], ['lb', 'w2'], ['w1', 'c1'], ['w2', 'c2'], ['w1', 'db']]);
    const live = new LiveAnalysis(board);
    const merged = { ...board, edges: [...board.edges, { id: 'x', from: 'w1', to: 'c2', kind: 'sync' as const }] };
    expect(live.update(merged).availability).toEqual(reportWithAvailability(merged).availability);
    expect(live.touched).not.toBe('all');
    // The database's stage moved up one place: an edit of its availability must find it there.
    const flaky = { ...merged, nodes: merged.nodes.map((n) => (n.id === 'db' ? { ...n, props: { availability: 0.9 } } : n)) };
    expect(live.update(flaky)).toEqual(reportWithAvailability(flaky));
  });

  it('keeps the report itself when an edit changes nothing the rules read', () => {
    const live = new LiveAnalysis(CHAPTER_BOARD);
    const before = live.report;
    const moved = { ...CHAPTER_BOARD, title: 'Moved', nodes: CHAPTER_BOARD.nodes.map((n, i) => (i === 0 ? { ...n, x: n.x + 40 } : n)) };
    expect(live.update(moved)).toBe(before);
  });

  it('raises and clears a finding as a prop is edited, as report does', () => {
    const board = CHAPTER_BOARD;
    const live = new LiveAnalysis(board);
    const lb = board.nodes.find((n) => n.kind === 'load-balancer')!;
    const single = { ...board, nodes: board.nodes.map((n) => (n === lb ? { ...n, props: { ...n.props, instances: 1 } } : n)) };
    const spof = live.update(single).findings.filter((f) => f.rule === 'single-point-of-failure' && f.nodes[0] === lb.id);
    expect(spof).toHaveLength(1);
    expect(live.update(board).findings).toEqual(reportWithAvailability(board).findings);
  });

  it('updates latency, the latency target and the bill as latencyMs and unitPriceUsd are edited', () => {
    const board = latencyTarget.example;
    const live = new LiveAnalysis(board);
    expect(live.report.findings.some((f) => f.rule === 'latency-target')).toBe(true);
    const fastDb = { ...board, nodes: board.nodes.map((n) => (n.id === 'db' ? { ...n, props: { ...n.props, latencyMs: 0.5 } } : n)) };
    const fast = live.update(fastDb);
    expect(fast).toEqual(reportWithAvailability(fastDb));
    expect(fast.findings.some((f) => f.rule === 'latency-target')).toBe(false);
    // The finding named the whole slowest path: every node on it lost a badge.
    expect(live.touched).toEqual(new Set(['users', 'lb', 'web', 'db']));
    const pricey = { ...fastDb, nodes: fastDb.nodes.map((n) => (n.id === 'web' ? { ...n, props: { ...n.props, unitPriceUsd: 1000 } } : n)) };
    const billed = live.update(pricey);
    expect(billed).toEqual(reportWithAvailability(pricey));
    expect(billed.cost.perNode.web).toBe(1000);
    expect(billed.latency).toBe(fast.latency);
  });
});
