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
  const state = new Map<string, 'open' | 'done'>();
  const back = new Map<string, Set<string>>();
  const post: GraphNode[] = [];
  for (const entryId of entryIds) {
    const entry = graph.nodes.get(entryId);
    if (!entry || state.has(entryId)) continue;
    // Iterative so a 10,000-node chain does not overflow the stack.
    const stack: { node: GraphNode; next: readonly GraphNode[]; i: number }[] = [{ node: entry, next: next(graph, entry), i: 0 }];
    state.set(entryId, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next[top.i++];
      if (!child) {
        state.set(top.node.id, 'done');
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
      stack.push({ node: child, next: next(graph, child), i: 0 });
    }
  }
  // Most boards have no loop at all: answer those without a lookup.
  return { order: post.reverse(), isBackEdge: (from, to) => back.size > 0 && back.get(from)?.has(to) === true };
}
