import type { Rule, RuleHit } from '../findings/finding';
import { redundancy } from '../graph/paths';
import { sketch } from './sketch';

export const sessionStoreSinglePoint: Rule = {
  id: 'session-store-single-point',
  severity: 'warning',
  example: sketch('One session store', [['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store']], [['web1', 'sessions'], ['web2', 'sessions']]),
  nearMiss: sketch('Replicated session store', [['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store', { replicas: 1 }]], [['web1', 'sessions'], ['web2', 'sessions']]),
  local: { props: ['instances', 'replicas'], radius: 0 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const node of anchors) {
      if (node.kind !== 'session-store' || redundancy(graph, node) > 1) continue;
      hits.push({ nodes: [node.id], message: { key: 'rules.session-store-single-point.message', params: { name: names.one(node) } } });
    }
    return hits;
  },
};
