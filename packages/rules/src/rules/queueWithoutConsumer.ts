import type { Rule, RuleHit } from '../findings/finding';
import { consumersOf } from '../graph/queueEnds';
import { sketch } from './sketch';

export const queueWithoutConsumer: Rule = {
  id: 'queue-without-consumer',
  severity: 'error',
  example: sketch('Queue, no worker', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }]], [['web', 'jobs', 'async']]),
  nearMiss: sketch('Queue and workers', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['web', 'jobs', 'async'], ['jobs', 'workers', 'async']]),
  local: { props: [], radius: 0 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const queue of anchors) {
      if (queue.kind === 'message-queue' && consumersOf(graph, queue.id).length === 0) hits.push({ nodes: [queue.id], message: { key: 'rules.queue-without-consumer.message', params: { name: names.one(queue) } } });
    }
    return hits;
  },
};
