import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { sources, targets } from '../graph/paths';
import type { EdgeKind } from '../kinds';

/** How a reach steps: where it starts, where a node leads, and who can lead to a node. */
export interface ReachRule {
  isStart(node: GraphNode): boolean;
  next(graph: BoardGraph, node: GraphNode): readonly GraphNode[];
  /** Every node whose `next` can hold `id` (more is fine: `leads` tells), and whether one does. */
  callers(graph: BoardGraph, id: string): readonly GraphNode[];
  leads(caller: GraphNode, node: GraphNode): boolean;
}

/** A structural edit as a reach sees it, the graph already edited. */
export interface ReachEdit {
  /** Components added (starts among them are reached) and removed. */
  added: readonly string[];
  removed: readonly string[];
  /** Components that may have lost a way in: the far end of every edge that went. */
  lostWays: Iterable<string>;
  /** Components that may lead somewhere new: the near end of every edge that came. */
  newWays: Iterable<string>;
}

/**
 * The nodes reachable from the starts along `next` — what `reachable` finds — kept up to date
 * through structural edits in the time of what the edit reaches rather than of the board: an edge
 * gone can only unreach what is downstream of its far end, so only those are searched again, from
 * the callers outside them that are still reached; an edge come can only reach more from its near
 * end. The members of `reached` come in no particular order.
 *
 * @example const reach = new LiveReach(graph, { isStart: (n) => n.kind === 'client', next: … , callers: … }); reach.reached.has('db')
 */
export class LiveReach {
  readonly reached = new Set<string>();

  constructor(
    private readonly graph: BoardGraph,
    private readonly rule: ReachRule,
  ) {
    const starts: string[] = [];
    for (const node of graph.nodes.values()) if (rule.isStart(node)) starts.push(node.id);
    this.spread(starts);
  }

  /**
   * Takes in a structural edit. Returns the components that came onto the reach and those that left it.
   *
   * @example reach.update({ added: [], removed: [], lostWays: ['cache-3'], newWays: [] }) // { came: [], went: ['cache-3'] }
   */
  update(edit: ReachEdit): { came: string[]; went: string[] } {
    const { graph, rule, reached } = this;
    const went = new Set<string>();
    for (const id of edit.removed) if (reached.delete(id)) went.add(id);
    // Everything downstream of a lost way, within the reach: only those can have lost the reach.
    const doubt = new Set<string>();
    const queue: GraphNode[] = [];
    for (const id of edit.lostWays) {
      const node = graph.nodes.get(id);
      if (node && reached.has(id) && !rule.isStart(node) && !doubt.has(id)) {
        doubt.add(id);
        queue.push(node);
      }
    }
    for (let i = 0; i < queue.length; i++) {
      for (const next of rule.next(graph, queue[i]!)) {
        if (doubt.has(next.id) || !reached.has(next.id) || rule.isStart(next)) continue;
        doubt.add(next.id);
        queue.push(next);
      }
    }
    for (const id of doubt) reached.delete(id);
    // Searched again from the doubted ones a kept node still leads to, the ends of new ways and new starts.
    const seeds: string[] = [];
    for (const id of doubt) {
      const node = graph.nodes.get(id)!;
      if (rule.callers(graph, id).some((caller) => reached.has(caller.id) && rule.leads(caller, node))) seeds.push(id);
    }
    for (const id of edit.newWays) {
      const node = graph.nodes.get(id);
      if (node && reached.has(id)) for (const next of rule.next(graph, node)) if (!reached.has(next.id)) seeds.push(next.id);
    }
    for (const id of edit.added) if (rule.isStart(graph.nodes.get(id)!)) seeds.push(id);
    const came: string[] = [];
    for (const id of this.spread(seeds)) {
      if (doubt.has(id)) doubt.delete(id);
      else came.push(id);
    }
    for (const id of doubt) went.add(id);
    return { came, went: [...went] };
  }

  /** Adds `seeds` and what they reach to `reached`; returns the nodes added. */
  private spread(seeds: readonly string[]): string[] {
    const { graph, rule, reached } = this;
    const added: string[] = [];
    for (const id of seeds) {
      if (reached.has(id) || !graph.nodes.has(id)) continue;
      reached.add(id);
      added.push(id);
    }
    for (let i = 0; i < added.length; i++) {
      for (const next of rule.next(graph, graph.nodes.get(added[i]!)!)) {
        if (reached.has(next.id)) continue;
        reached.add(next.id);
        added.push(next.id);
      }
    }
    return added;
  }
}

/**
 * The reach `reachable(graph, starts, kinds)` finds: from the starts along every edge of `kinds`.
 *
 * @example new LiveReach(graph, alongEdges((n) => n.kind === 'load-balancer', ['sync']))
 */
export function alongEdges(isStart: (node: GraphNode) => boolean, kinds: readonly EdgeKind[]): ReachRule {
  return {
    isStart,
    next: (graph, node) => targets(graph, node.id, kinds),
    callers: (graph, id) => sources(graph, id, kinds),
    leads: () => true,
  };
}
