import type { Rule, RuleHit } from '../findings/finding';
import { consumersOf } from '../graph/queueEnds';
import { describe } from './describe';
import { sketch } from './sketch';

export const queueWithoutConsumer: Rule = {
  id: 'queue-without-consumer',
  severity: 'error',
  title: 'Queue without a consumer',
  idea: 'Long-running work goes through a message queue and is run by workers independently of the request path (chapter 1, message queue).',
  explanation: 'Messages published to a queue nobody consumes pile up until the queue is full; the work they stand for never happens.',
  fix: 'Add workers that consume the queue (an edge from the queue to a worker).',
  example: sketch('Queue, no worker', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }]], [['web', 'jobs', 'async']]),
  nearMiss: sketch('Queue and workers', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['web', 'jobs', 'async'], ['jobs', 'workers', 'async']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const queue of graph.nodes.values()) {
      if (queue.kind === 'message-queue' && consumersOf(graph, queue.id).length === 0) hits.push({ nodes: [queue.id], message: `Nothing consumes ${describe(queue)}: its messages pile up and the work never runs.` });
    }
    return hits;
  },
};
