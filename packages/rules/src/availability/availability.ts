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
export function requestTargets(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  const next = targets(graph, node.id, ['sync', 'async']);
  // Most components call every such target: their list as it is, without a copy.
  return next.every((t) => callsOnRequest(node, t)) ? next : next.filter((t) => callsOnRequest(node, t));
}

/**
 * Whether `to`, a sync or async target of `from`, is one of its `requestTargets`.
 *
 * @example callsOnRequest(worker, jobs) // false: a worker's arrow to its queue is a pull
 */
export function callsOnRequest(from: GraphNode, to: GraphNode): boolean {
  return from.kind !== 'message-queue' && !(from.kind === 'worker' && to.kind === 'message-queue');
}

/**
 * A component's own availability with its copies in parallel: 1 − (1 − a)^copies.
 *
 * @example componentAvailability(graph, db) // 0.99999975 for 0.9995 with one replica
 */
export function componentAvailability(graph: BoardGraph, node: GraphNode): number {
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

/** The request path split into stages: what `availabilityOfGraph` combines. */
export interface RequestStages {
  /** The components a request needs, in board order. */
  path: string[];
  /** Stages of alternatives, in the order of their first component on the board; each in board order. */
  stages: string[][];
}

/**
 * Which components a request needs and how they group into stages. Depends only on the board's
 * structure (kinds and edges), so the live analysis keeps it between property edits.
 *
 * @example requestStages(graph).stages // [['users'], ['lb'], ['web1', 'web2'], ['db']]
 */
export function requestStages(graph: BoardGraph): RequestStages {
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
  const path: string[] = [];
  const groups = new Map<string, string[]>();
  for (const node of graph.nodes.values()) {
    if (!onPath.has(node.id)) continue;
    path.push(node.id);
    const root = stages.find(node.id);
    const group = groups.get(root);
    if (group) group.push(node.id);
    else groups.set(root, [node.id]);
  }
  return { path, stages: [...groups.values()] };
}

/**
 * The availability of stages in series (a request needs every tier), copies within a stage in
 * parallel, from each component's own availability (`componentAvailability`).
 *
 * @example seriesAvailability(requestStages(graph), { users: 1, lb: 0.9999, … }).nines
 */
export function seriesAvailability({ stages }: RequestStages, components: Readonly<Record<string, number>>): AvailabilityReport {
  return stagesInSeries(stages, stages.map((nodes) => stageDowntime(nodes, components)), components);
}

/**
 * The chance that every copy in one stage is down at once: Π(1 − a).
 *
 * @example stageDowntime(['web1', 'web2'], { web1: 0.99, web2: 0.99 }) // 0.0001
 */
export function stageDowntime(nodes: readonly string[], components: Readonly<Record<string, number>>): number {
  let down = 1;
  for (const id of nodes) down *= 1 - components[id]!;
  return down;
}

/**
 * `seriesAvailability` from each stage's `stageDowntime`, so a caller that changed one stage
 * recomputes only its downtime.
 *
 * @example stagesInSeries(stages.stages, downs, components).availability
 */
export function stagesInSeries(stages: readonly string[][], downs: readonly number[], components: Readonly<Record<string, number>>): AvailabilityReport {
  let overall = 1;
  let weakest: AvailabilityReport['weakest'] = null;
  for (let i = 0; i < stages.length; i++) {
    const nodes = stages[i]!;
    const a = 1 - downs[i]!;
    overall *= a;
    if (a < 1 && (!weakest || a < weakest.availability)) weakest = { node: nodes[0]!, nodes, availability: a };
  }
  return { availability: overall, nines: nines(overall), downtimePerYearSeconds: downtimePerYearSeconds(overall), weakest, components };
}

/**
 * `availability` on an already indexed board.
 *
 * @example availabilityOfGraph(buildGraph(board)).availability
 */
export function availabilityOfGraph(graph: BoardGraph): AvailabilityReport {
  const stages = requestStages(graph);
  const components: Record<string, number> = {};
  for (const id of stages.path) components[id] = componentAvailability(graph, graph.nodes.get(id)!);
  return seriesAvailability(stages, components);
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
