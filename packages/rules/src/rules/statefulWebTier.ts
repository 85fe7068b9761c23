import type { Rule, RuleHit } from '../findings/finding';
import { SERVER_KINDS } from '../graph/paths';
import { sketch } from './sketch';

export const statefulWebTier: Rule = {
  id: 'stateful-web-tier',
  severity: 'warning',
  example: sketch('Stateful servers', [['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server', { stateful: true }], ['web2', 'web-server', { stateful: true }]], [['lb', 'web1'], ['lb', 'web2']]),
  nearMiss: sketch('Stateless servers with a session store', [
    ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store', { instances: 2 }],
  ], [['lb', 'web1'], ['lb', 'web2'], ['web1', 'sessions'], ['web2', 'sessions']]),
  local: { props: ['stateful'], radius: 0 },
  check({ names, anchors, reachableFrom }) {
    const behind = reachableFrom('load-balancer', ['sync']);
    const hits: RuleHit[] = [];
    for (const node of anchors) {
      if (!SERVER_KINDS.includes(node.kind) || node.props.stateful !== true || !behind.has(node.id)) continue;
      hits.push({ nodes: [node.id], message: { key: 'rules.stateful-web-tier.message', params: { name: names.one(node) } } });
    }
    return hits;
  },
};
