import type { Rule, RuleHit } from '../findings/finding';
import { producersOf } from '../graph/queueEnds';
import { sketch } from './sketch';

export const queueWithoutProducer: Rule = {
  id: 'queue-without-producer',
  severity: 'warning',
  example: sketch('Queue with workers only', [['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['jobs', 'workers', 'async']]),
  nearMiss: sketch('Queue with a producer', [['web', 'web-server', { instances: 2 }], ['jobs', 'message-queue', { instances: 2 }], ['workers', 'worker', { instances: 2 }]], [['web', 'jobs', 'async'], ['jobs', 'workers', 'async']]),
  local: { props: [], radius: 0 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const queue of anchors) {
      if (queue.kind === 'message-queue' && producersOf(graph, queue.id).length === 0) hits.push({ nodes: [queue.id], message: { key: 'rules.queue-without-producer.message', params: { name: names.one(queue) } } });
    }
    return hits;
  },
};
