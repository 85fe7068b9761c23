import type { EdgeKind, NodeKind } from '../kinds';
import { EDGE_BIT, type BoardGraph, type GraphNode, type NeighbourSlots } from './boardGraph';

/**
 * Where requests enter: the clients, or — on a board without clients, like the first-five-minutes
 * demo of a balancer and two servers — every component nothing calls (workers and queues excepted:
 * they are fed by producers, not users). A board that is one big loop enters at its first node.
 * A graph with `entryIds` (a what-if drill) enters there.
 *
 * @example entries(graph).map((n) => n.id) // ['users']
 */
export function entries(graph: BoardGraph): GraphNode[] {
  if (graph.entryIds) return graph.entryIds.flatMap((id) => graph.nodes.get(id) ?? []);
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

const NONE: readonly GraphNode[] = [];

// Rules ask for the same neighbours many times: single kinds come ready from buildGraph, and a
// combination (sync + async, say) is merged once and kept in the graph's slot for its mask.
function neighbours(graph: BoardGraph, id: string, kinds: readonly EdgeKind[], direction: 'out' | 'in'): readonly GraphNode[] {
  let mask = 0;
  for (const kind of kinds) mask |= EDGE_BIT[kind];
  const slots = (direction === 'out' ? graph.outNodes : graph.inNodes).get(id);
  if (!slots) return NONE;
  const cached = slots[mask];
  if (cached || mask === 1 || mask === 2 || mask === 4) return cached ?? NONE;
  return (slots[mask] = mergeKinds(slots, mask));
}

/**
 * The distinct neighbours over several kinds. Most components have neighbours of one kind only, so
 * that list is shared as it is; a Set dedupes only when two kinds both have some (this runs for
 * every component on every analysis, and allocation is a third of the analysis's time).
 */
function mergeKinds(slots: NeighbourSlots, mask: number): GraphNode[] {
  let only: GraphNode[] | undefined;
  let several = false;
  for (let bit = 1; bit <= 4; bit <<= 1) {
    const list = (bit & mask) !== 0 ? slots[bit] : undefined;
    if (!list || list.length === 0) continue;
    if (only) several = true;
    else only = list;
  }
  if (!several) return only ?? [];
  const merged = new Set<GraphNode>();
  for (let bit = 1; bit <= 4; bit <<= 1) if ((bit & mask) !== 0) for (const node of slots[bit] ?? NONE) merged.add(node);
  return [...merged];
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
