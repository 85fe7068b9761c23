import type { Board } from '../boardSchema';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { entries, targets } from '../graph/paths';
import { flowSearch } from '../load/flowOrder';

/** One chain of components a request goes through, from where it enters, and its latency. */
export interface LatencyPath {
  nodes: string[];
  ms: number;
}

/** The latency part of `report`: `scaleboard check --format json`'s `"latency"`. */
export interface LatencyReport {
  /** The slowest request paths, slowest first, at most MAX_LATENCY_PATHS. */
  paths: LatencyPath[];
  /** The slowest path's latency; 0 on a board with no path. */
  slowestMs: number;
  /** Each component's own typical latency (its `latencyMs`). */
  perNode: Record<string, number>;
}

/**
 * How many paths the report lists. A board of 10,000 components has far more paths than anyone
 * reads; the slowest twenty are the ones a latency budget is about.
 */
export const MAX_LATENCY_PATHS = 20;

/** The rest of a path from one node on: built once per node and shared by every path through it. */
export interface Tail {
  node: GraphNode;
  ms: number;
  next: Tail | null;
}

export function ownMs(node: GraphNode): number {
  return typeof node.props.latencyMs === 'number' ? node.props.latencyMs : 0;
}

/** The share of requests a cache or CDN passes on to what is behind it: its misses. */
function passOn(node: GraphNode): number {
  if (node.kind !== 'cache' && node.kind !== 'cdn') return 1;
  return typeof node.props.hitRatio === 'number' ? 1 - node.props.hitRatio : 1;
}

/**
 * What a request waits on next: the sync calls. Async edges end the synchronous part (the work
 * goes on behind a queue), and so does a queue reached by a sync call; a worker's arrow to a queue
 * is a pull. A client that also calls something besides DNS only looks the address up (cached), as
 * in the load model.
 */
export function syncNext(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  if (node.kind === 'message-queue') return [];
  const sync = targets(graph, node.id, ['sync']);
  if (node.kind === 'worker') return sync.filter((t) => t.kind !== 'message-queue');
  if (node.kind === 'client' && sync.some((t) => t.kind !== 'dns')) return sync.filter((t) => t.kind !== 'dns');
  return sync;
}

const NONE: readonly GraphNode[] = [];

/**
 * Keeps the `limit` slowest tails offered, slowest first; on a tie the one offered first stays
 * ahead (the board's order), so the answer is deterministic. A tail too fast to make the list is
 * never built: a client in front of a hundred balancers is offered thousands.
 */
class Slowest {
  readonly tails: Tail[] = [];
  constructor(private readonly limit: number) {}

  wouldKeep(ms: number): boolean {
    return this.tails.length < this.limit || ms > this.tails[this.tails.length - 1]!.ms;
  }

  offer(tail: Tail): void {
    const list = this.tails;
    let at = list.length;
    while (at > 0 && list[at - 1]!.ms < tail.ms) at--;
    if (at >= this.limit) return;
    list.splice(at, 0, tail);
    if (list.length > this.limit) list.pop();
  }
}

/**
 * What the latency pass keeps per board structure: the flow order of sync calls from the entries,
 * each node's calls, and the `limit` slowest tails from each node in that order. The live analysis
 * keeps one between edits and recomputes the tails (`tailsAt`) only of an edited node and those
 * upstream of it.
 */
export interface LatencyTails {
  starts: GraphNode[];
  order: GraphNode[];
  isBackEdge(from: string, to: string): boolean;
  /** Whether any call closes a loop (then some are cut). */
  loops: boolean;
  calls: Map<string, readonly GraphNode[]>;
  tails: Map<string, Tail[]>;
  limit: number;
}

/** The tails of every node in flow order, callees first. */
export function latencyTails(graph: BoardGraph, limit = MAX_LATENCY_PATHS): LatencyTails {
  const starts = entries(graph);
  // flowOrder asks for each node's calls once; the pass below reads them back.
  const calls = new Map<string, readonly GraphNode[]>();
  const { order, back } = flowSearch(graph, starts.map((n) => n.id), (g, node) => {
    const next = syncNext(g, node);
    calls.set(node.id, next);
    return next;
  }, false);
  // Most boards have no loop at all: answer those without a lookup.
  const isBackEdge = (from: string, to: string) => back.size > 0 && back.get(from)?.has(to) === true;
  const state: LatencyTails = { starts, order, isBackEdge, loops: back.size > 0, calls, tails: new Map(), limit };
  for (let i = order.length - 1; i >= 0; i--) state.tails.set(order[i]!.id, tailsAt(graph, state, order[i]!));
  return state;
}

/**
 * The `limit` slowest tails from one node, from its callees' (already computed): the slowest paths
 * from a node are its own latency plus (what it passes on) × the slowest paths of its callees, so
 * each node merges at most `limit` tails per callee — linear in the edges, never a walk of every path.
 */
export function tailsAt(graph: BoardGraph, { calls, isBackEdge, tails, limit }: LatencyTails, node: GraphNode): Tail[] {
  const tailsOf = (n: GraphNode) => tails.get(n.id) ?? [];
  const own = ownMs(node);
  const share = passOn(node);
  const drawn = calls.get(node.id) ?? [];
  // An arrow that closes a loop is cut; most boards have none, and then nothing is copied.
  const next = drawn.some((t) => isBackEdge(node.id, t.id)) ? drawn.filter((t) => !isBackEdge(node.id, t.id)) : drawn;
  if (next.length === 0) return [{ node, ms: own, next: null }];
  // Cache-aside: a caller of a cache and a database reads the cache first and the database on a
  // miss, so its read path goes through the cache to the database (the load model's rule too).
  const databases = next.some((t) => t.kind === 'cache') ? next.filter((t) => t.kind === 'database') : NONE;
  const kept = new Slowest(limit);
  for (const callee of next) {
    // Read-through databases are already among the cache's own tails.
    const aside = callee.kind === 'cache' && databases.length > 0 ? databases.filter((db) => !targets(graph, callee.id, ['sync']).includes(db)) : NONE;
    for (const tail of tailsOf(callee)) {
      // A bare hit is already weighed inside each read that goes on to the database.
      if (aside.length > 0 && tail.next === null) continue;
      const ms = own + share * tail.ms;
      if (kept.wouldKeep(ms)) kept.offer({ node, ms, next: tail });
    }
    const cacheOwn = ownMs(callee);
    const miss = passOn(callee);
    for (const db of aside) {
      for (const tail of tailsOf(db)) {
        const throughMs = cacheOwn + miss * tail.ms;
        const ms = own + share * throughMs;
        if (kept.wouldKeep(ms)) kept.offer({ node, ms, next: { node: callee, ms: throughMs, next: tail } });
      }
    }
  }
  return kept.tails;
}

/** The slowest paths over the entries' tails, as the report lists them. */
export function slowestPaths({ starts, tails, limit }: LatencyTails): LatencyPath[] {
  const all = new Slowest(limit);
  for (const start of starts) for (const tail of tails.get(start.id) ?? []) if (all.wouldKeep(tail.ms)) all.offer(tail);
  return all.tails.map((tail) => {
    const nodes: string[] = [];
    for (let at: Tail | null = tail; at; at = at.next) nodes.push(at.node.id);
    return { nodes, ms: roundMs(tail.ms) };
  });
}

/**
 * `latency` on an already indexed board.
 *
 * @example latencyOfGraph(buildGraph(board)).slowestMs
 */
export function latencyOfGraph(graph: BoardGraph, limit = MAX_LATENCY_PATHS): LatencyReport {
  const perNode: Record<string, number> = {};
  for (const node of graph.nodes.values()) perNode[node.id] = ownMs(node);
  const paths = slowestPaths(latencyTails(graph, limit));
  return { paths, slowestMs: paths[0]?.ms ?? 0, perNode };
}

/** Microseconds are the finest the table speaks of; rounding keeps 0.5 + 0.016 from printing as 0.5160000000000001. */
function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/**
 * Latency of the request paths: each component adds its `latencyMs` (catalogue defaults from the
 * latency numbers table); a cache or CDN passes on only its misses, so what is behind it counts
 * `1 − hitRatio` of its latency; async edges and queues end the synchronous part. Paths start at
 * the entries (clients); loops are cut as in the load model. See docs/estimation.md, "Latency".
 *
 * @example
 * latency(board) // { paths: [{ nodes: ['users', 'lb', 'web', 'db'], ms: 4.5 }], slowestMs: 4.5, perNode: { … } }
 */
export function latency(board: Board): LatencyReport {
  return latencyOfGraph(buildGraph(board));
}
