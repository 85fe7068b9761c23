import type { Board } from '../boardSchema';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { buildGraph } from '../graph/boardGraph';
import { entries, redundancy, targets } from '../graph/paths';
import { downtimePerYearSeconds, nines } from '../format/formatAvailability';

/** How available the design is, from its instances' availabilities. */
export interface AvailabilityReport {
  /** Of the request path; 1 for a board with no components. */
  availability: number;
  nines: number;
  downtimePerYearSeconds: number;
  /** The least available stage of the request path: its nodes and its availability. */
  weakest: { node: string; nodes: string[]; availability: number } | null;
  /** Per component on the request path: its own availability with its copies (1 − (1 − a)^copies). */
  components: Record<string, number>;
}

/**
 * What a request needs to succeed: every service it calls, including the queue it publishes to —
 * but not the workers behind the queue, which the queue decouples, nor replication.
 */
function requestTargets(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  if (node.kind === 'message-queue') return [];
  const next = targets(graph, node.id, ['sync', 'async']);
  return node.kind === 'worker' ? next.filter((t) => t.kind !== 'message-queue') : next;
}

function stage(graph: BoardGraph, node: GraphNode): number {
  const a = typeof node.props.availability === 'number' ? node.props.availability : 1;
  return 1 - (1 - a) ** redundancy(graph, node);
}

/** Union-find over node ids, so alternatives reached through different callers end up in one stage. */
function unionFind(): { find(id: string): string; union(a: string, b: string): void } {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  return { find, union: (a, b) => parent.set(find(a), find(b)) };
}

/**
 * `availability` on an already indexed board.
 *
 * @example availabilityOfGraph(buildGraph(board)).availability
 */
export function availabilityOfGraph(graph: BoardGraph): AvailabilityReport {
  const starts = entries(graph);
  const onPath = new Set(starts.map((n) => n.id));
  const queue = [...starts];
  const stages = unionFind();
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    const firstOfKind = new Map<string, string>();
    for (const next of requestTargets(graph, node)) {
      // A balancer's backends are alternatives whatever their kind; elsewhere, the callees of one kind are.
      const key = node.kind === 'load-balancer' ? 'backends' : next.kind;
      const first = firstOfKind.get(key);
      if (first === undefined) firstOfKind.set(key, next.id);
      else stages.union(next.id, first);
      if (!onPath.has(next.id)) {
        onPath.add(next.id);
        queue.push(next);
      }
    }
  }
  const firstEntryOfKind = new Map<string, string>();
  for (const entry of starts) {
    const first = firstEntryOfKind.get(entry.kind);
    if (first === undefined) firstEntryOfKind.set(entry.kind, entry.id);
    else stages.union(entry.id, first);
  }
  // Stages in series (a request needs every tier), copies within a stage in parallel.
  const components: Record<string, number> = {};
  const groups = new Map<string, { nodes: string[]; down: number }>();
  for (const node of graph.nodes.values()) {
    if (!onPath.has(node.id)) continue;
    const own = stage(graph, node);
    components[node.id] = own;
    const root = stages.find(node.id);
    const group = groups.get(root) ?? { nodes: [], down: 1 };
    group.nodes.push(node.id);
    group.down *= 1 - own;
    groups.set(root, group);
  }
  let overall = 1;
  let weakest: AvailabilityReport['weakest'] = null;
  for (const group of groups.values()) {
    const a = 1 - group.down;
    overall *= a;
    if (a < 1 && (!weakest || a < weakest.availability)) weakest = { node: group.nodes[0]!, nodes: group.nodes, availability: a };
  }
  return { availability: overall, nines: nines(overall), downtimePerYearSeconds: downtimePerYearSeconds(overall), weakest, components };
}

/**
 * Availability of the request path as a reliability block diagram: the components a request
 * needs are grouped into stages of alternatives (a balancer's backends, the callees of one kind);
 * copies within a stage are in parallel (1 − Π(1 − a)), stages in series (Π a).
 *
 * @example
 * const { availability: up, nines, weakest } = availability(board);
 * // 0.9995, 3.3, { node: 'db', nodes: ['db'], availability: 0.9995 }
 */
export function availability(board: Board): AvailabilityReport {
  return availabilityOfGraph(buildGraph(board));
}
