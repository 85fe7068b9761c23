import type { EdgeKind, NodeKind } from '../kinds';
import type { BoardGraph, GraphNode } from './boardGraph';

/**
 * Where requests enter: the clients, or — on a board without clients, like the first-five-minutes
 * demo of a balancer and two servers — every component nothing calls (workers and queues excepted:
 * they are fed by producers, not users). A board that is one big loop enters at its first node.
 *
 * @example entries(graph).map((n) => n.id) // ['users']
 */
export function entries(graph: BoardGraph): GraphNode[] {
  const nodes = [...graph.nodes.values()];
  const clients = nodes.filter((n) => n.kind === 'client');
  if (clients.length > 0) return clients;
  const candidates = nodes.filter((n) => n.kind !== 'worker' && n.kind !== 'message-queue');
  const uncalled = candidates.filter((n) => (graph.in.get(n.id) ?? []).length === 0);
  if (uncalled.length > 0 || candidates.length === 0) return uncalled;
  return [candidates[0]!];
}

/**
 * Ids reachable from `starts` following edges of the given kinds (breadth first, linear time).
 *
 * @example reachable(graph, ['users'], ['sync']).has('db') // true
 */
export function reachable(graph: BoardGraph, starts: Iterable<string>, kinds: readonly EdgeKind[]): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of graph.out.get(queue[i] ?? '') ?? []) {
      if (!kinds.includes(edge.kind) || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

/**
 * Components a request can touch: reachable from the entries by sync calls or by publishing to a
 * queue. Replication is background traffic, not part of serving a request.
 *
 * @example requestPath(graph).has('cache') // true when a server reads the cache
 */
export function requestPath(graph: BoardGraph): Set<string> {
  return reachable(graph, entries(graph).map((n) => n.id), ['sync', 'async']);
}

// Rules ask for the same neighbours many times; remember them per graph (graphs are immutable),
// keyed by a bit mask of edge kinds so a lookup allocates nothing.
const BIT: Record<EdgeKind, number> = { sync: 1, async: 2, replication: 4 };
type Slots = (GraphNode[] | undefined)[];
const NEIGHBOURS = new WeakMap<BoardGraph, { out: Map<string, Slots>; in: Map<string, Slots> }>();

function neighbours(graph: BoardGraph, id: string, kinds: readonly EdgeKind[], direction: 'out' | 'in'): GraphNode[] {
  let cache = NEIGHBOURS.get(graph);
  if (!cache) NEIGHBOURS.set(graph, (cache = { out: new Map(), in: new Map() }));
  let mask = 0;
  for (const kind of kinds) mask |= BIT[kind];
  let slots = cache[direction].get(id);
  if (!slots) cache[direction].set(id, (slots = []));
  const cached = slots[mask];
  if (cached) return cached;
  const edges = (direction === 'out' ? graph.out : graph.in).get(id) ?? [];
  // Most nodes have a handful of edges: a linear scan beats building a Set for each.
  const seen = edges.length > 16 ? new Set<string>() : undefined;
  const found: GraphNode[] = [];
  for (const edge of edges) {
    if ((BIT[edge.kind] & mask) === 0) continue;
    const node = graph.nodes.get(direction === 'out' ? edge.to : edge.from);
    if (!node) continue;
    if (seen) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
    } else if (found.includes(node)) continue;
    found.push(node);
  }
  slots[mask] = found;
  return found;
}

/**
 * The distinct direct successors (`to`) of a node along edges of the given kinds. Do not mutate the result.
 *
 * @example targets(graph, 'lb', ['sync']) // [web1, web2]
 */
export function targets(graph: BoardGraph, id: string, kinds: readonly EdgeKind[] = ['sync']): readonly GraphNode[] {
  return neighbours(graph, id, kinds, 'out');
}

/**
 * The distinct direct predecessors (`from`) of a node along edges of the given kinds. Do not mutate the result.
 *
 * @example sources(graph, 'web1', ['sync']) // [lb]
 */
export function sources(graph: BoardGraph, id: string, kinds: readonly EdgeKind[] = ['sync']): readonly GraphNode[] {
  return neighbours(graph, id, kinds, 'in');
}

/**
 * Redundant copies of a node: its instances, plus for databases and session stores the replicas
 * that can take over (the `replicas` prop and replication edges to nodes of the same kind).
 *
 * @example redundancy(graph, primaryDb) // 3 with two replicas drawn
 */
export function redundancy(graph: BoardGraph, node: GraphNode): number {
  if (node.kind !== 'database' && node.kind !== 'session-store') return node.instances;
  const propReplicas = typeof node.props.replicas === 'number' ? node.props.replicas : 0;
  const drawn = targets(graph, node.id, ['replication']).filter((t) => t.kind === node.kind).length
    + sources(graph, node.id, ['replication']).filter((s) => s.kind === node.kind).length;
  return node.instances + propReplicas + drawn;
}

/** Kinds that serve requests themselves (the tiers the note scales out). */
export const SERVER_KINDS: readonly NodeKind[] = ['web-server', 'app-server'];
/** Kinds that hold data. */
export const STORE_KINDS: readonly NodeKind[] = ['database', 'object-storage', 'cache', 'session-store'];
