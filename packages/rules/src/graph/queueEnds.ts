import type { BoardGraph, GraphNode } from './boardGraph';
import { sources, targets } from './paths';

/**
 * Who consumes a queue: what it delivers to (queue → worker), plus workers drawn pulling from it
 * (worker → queue), since boards draw the arrow both ways.
 *
 * @example consumersOf(graph, 'jobs').map((n) => n.id) // ['worker']
 */
export function consumersOf(graph: BoardGraph, queueId: string): GraphNode[] {
  const pulled = sources(graph, queueId, ['sync', 'async']).filter((s) => s.kind === 'worker');
  return [...targets(graph, queueId, ['sync', 'async']), ...pulled];
}

/**
 * Who publishes to a queue: anything with an edge into it, except workers pulling from it.
 *
 * @example producersOf(graph, 'jobs').map((n) => n.id) // ['web']
 */
export function producersOf(graph: BoardGraph, queueId: string): GraphNode[] {
  return sources(graph, queueId, ['sync', 'async']).filter((s) => s.kind !== 'worker');
}
