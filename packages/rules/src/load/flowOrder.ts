import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { targets } from '../graph/paths';
import { consumersOf } from '../graph/queueEnds';

/**
 * Where traffic leaving a node goes, whatever the direction the arrow was drawn: a queue flows to
 * its consumers (even workers drawn pulling from it), and a worker's arrow to a queue is a pull,
 * not traffic.
 *
 * @example flowTargets(graph, graph.nodes.get('jobs')!) // the workers
 */
export function flowTargets(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  if (node.kind === 'message-queue') return consumersOf(graph, node.id);
  const all = targets(graph, node.id, ['sync', 'async', 'replication']);
  return node.kind === 'worker' ? all.filter((t) => t.kind !== 'message-queue') : all;
}

/** The depth-first search `flowOrder` makes, with what a caller needs to tell whether an edit changes it. */
export interface FlowSearch {
  /** Callers before callees: the reverse of `finished`. */
  order: GraphNode[];
  /** Edges that close a cycle, by their start. */
  back: Map<string, Set<string>>;
  /** Each node visited: when it finished (its place in post-order), its parent in the search tree, and its next nodes as asked. */
  finished: Map<string, number>;
  parent: Map<string, string>;
  next: Map<string, readonly GraphNode[]>;
}

/**
 * `flowOrder`'s search, keeping its bookkeeping (see `FlowSearch`).
 *
 * @example flowSearch(graph, ['users']).finished.get('db') // 3
 */
export function flowSearch(
  graph: BoardGraph,
  entryIds: readonly string[],
  next: (graph: BoardGraph, node: GraphNode) => readonly GraphNode[] = flowTargets,
  keep = true,
): FlowSearch {
  const state = new Map<string, 'open' | 'done'>();
  const back = new Map<string, Set<string>>();
  const finished = new Map<string, number>();
  const parent = new Map<string, string>();
  const nextOf = new Map<string, readonly GraphNode[]>();
  const ask = (node: GraphNode) => {
    const list = next(graph, node);
    if (keep) nextOf.set(node.id, list);
    return list;
  };
  const post: GraphNode[] = [];
  for (const entryId of entryIds) {
    const entry = graph.nodes.get(entryId);
    if (!entry || state.has(entryId)) continue;
    // Iterative so a 10,000-node chain does not overflow the stack.
    const stack: { node: GraphNode; next: readonly GraphNode[]; i: number }[] = [{ node: entry, next: ask(entry), i: 0 }];
    state.set(entryId, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next[top.i++];
      if (!child) {
        state.set(top.node.id, 'done');
        if (keep) finished.set(top.node.id, post.length);
        post.push(top.node);
        stack.pop();
        continue;
      }
      const seen = state.get(child.id);
      if (seen === 'open') {
        const closing = back.get(top.node.id);
        if (closing) closing.add(child.id);
        else back.set(top.node.id, new Set([child.id]));
      }
      if (seen) continue;
      state.set(child.id, 'open');
      if (keep) parent.set(child.id, top.node.id);
      stack.push({ node: child, next: ask(child), i: 0 });
    }
  }
  return { order: post.reverse(), back, finished, parent, next: nextOf };
}

/**
 * Nodes in an order where every node comes after all that send it traffic (reverse DFS
 * post-order from the entries). An edge that closes a cycle carries no traffic: loops on a
 * whiteboard are retries or callbacks, and counting them would make the load infinite.
 *
 * @example flowOrder(graph, ['users']).order.map((n) => n.id) // ['users', 'lb', 'web1', …]
 */
export function flowOrder(
  graph: BoardGraph,
  entryIds: readonly string[],
  next: (graph: BoardGraph, node: GraphNode) => readonly GraphNode[] = flowTargets,
): { order: GraphNode[]; isBackEdge(from: string, to: string): boolean } {
  // The one-off passes (`report`) need no bookkeeping.
  const { order, back } = flowSearch(graph, entryIds, next, false);
  // Most boards have no loop at all: answer those without a lookup.
  return { order, isBackEdge: (from, to) => back.size > 0 && back.get(from)?.has(to) === true };
}
