import type { Board } from '../boardSchema';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { entries, targets } from '../graph/paths';
import { flowOrder } from '../load/flowOrder';

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
interface Tail {
  node: GraphNode;
  ms: number;
  next: Tail | null;
}

function ownMs(node: GraphNode): number {
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
function syncNext(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  if (node.kind === 'message-queue') return [];
  const sync = targets(graph, node.id, ['sync']);
  if (node.kind === 'worker') return sync.filter((t) => t.kind !== 'message-queue');
  if (node.kind === 'client' && sync.some((t) => t.kind !== 'dns')) return sync.filter((t) => t.kind !== 'dns');
  return sync;
}

const bySlowest = (a: Tail, b: Tail) => b.ms - a.ms;

/** The `limit` slowest of some tails, in a stable order (ties keep the board's order). */
function slowest(tails: Tail[], limit: number): Tail[] {
  return tails.length <= 1 ? tails : tails.sort(bySlowest).slice(0, limit);
}

/**
 * `latency` on an already indexed board.
 *
 * @example latencyOfGraph(buildGraph(board)).slowestMs
 */
export function latencyOfGraph(graph: BoardGraph, limit = MAX_LATENCY_PATHS): LatencyReport {
  const perNode: Record<string, number> = {};
  for (const node of graph.nodes.values()) perNode[node.id] = ownMs(node);
  const starts = entries(graph);
  const { order, isBackEdge } = flowOrder(graph, starts.map((n) => n.id), syncNext);
  // The `limit` slowest tails from each node, computed callees first: the slowest paths from a
  // node are its own latency plus (what it passes on) × the slowest paths of its callees, so each
  // node merges at most `limit` tails per callee — linear in the edges, never a walk of every path.
  const tails = new Map<string, Tail[]>();
  const tailsOf = (node: GraphNode) => tails.get(node.id) ?? [];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const own = ownMs(node);
    const share = passOn(node);
    const next = syncNext(graph, node).filter((t) => !isBackEdge(node.id, t.id));
    if (next.length === 0) {
      tails.set(node.id, [{ node, ms: own, next: null }]);
      continue;
    }
    // Cache-aside: a caller of a cache and a database reads the cache first and the database on a
    // miss, so its read path goes through the cache to the database (the load model's rule too).
    const databases = next.some((t) => t.kind === 'cache') ? next.filter((t) => t.kind === 'database') : [];
    const candidates: Tail[] = [];
    for (const callee of next) {
      const behind = callee.kind === 'cache' ? targets(graph, callee.id, ['sync']) : [];
      // Read-through databases are already among the cache's own tails.
      const aside = callee.kind === 'cache' ? databases.filter((db) => !behind.includes(db)) : [];
      for (const tail of tailsOf(callee)) {
        // A bare hit is already weighed inside each read that goes on to the database.
        if (aside.length > 0 && tail.next === null) continue;
        candidates.push({ node, ms: own + share * tail.ms, next: tail });
      }
      const cacheOwn = ownMs(callee);
      const miss = passOn(callee);
      for (const db of aside) {
        for (const tail of tailsOf(db)) {
          const through: Tail = { node: callee, ms: cacheOwn + miss * tail.ms, next: tail };
          candidates.push({ node, ms: own + share * through.ms, next: through });
        }
      }
    }
    tails.set(node.id, slowest(candidates, limit));
  }
  const all: Tail[] = [];
  for (const start of starts) all.push(...tailsOf(start));
  const paths = slowest(all, limit).map((tail) => {
    const nodes: string[] = [];
    for (let at: Tail | null = tail; at; at = at.next) nodes.push(at.node.id);
    return { nodes, ms: roundMs(tail.ms) };
  });
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
