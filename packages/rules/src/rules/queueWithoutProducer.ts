import type { Rule, RuleHit } from '../findings/finding';
import { producersOf } from '../graph/queueEnds';
import { describe } from './describe';
import { sketch } from './sketch';

export const queueWithoutProducer: Rule = {
  id: 'queue-without-producer',
  severity: 'warning',
  title: 'Queue without a producer',
  idea: 'A message queue decouples producers (web servers publishing jobs) from consumers (workers) (chapter 1, message queue).',
  explanation: 'A queue nothing publishes to does no work: either an edge from the producing server is missing, or the queue is not needed.',
  fix: 'Draw an async edge from the server that publishes jobs to the queue, or remove the queue.',
  example: sketch('Queue with workers only', [['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['jobs', 'workers', 'async']]),
  nearMiss: sketch('Queue with a producer', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['web', 'jobs', 'async'], ['jobs', 'workers', 'async']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const queue of graph.nodes.values()) {
      if (queue.kind === 'message-queue' && producersOf(graph, queue.id).length === 0) hits.push({ nodes: [queue.id], message: `Nothing publishes to ${describe(queue)}.` });
    }
    return hits;
  },
};
