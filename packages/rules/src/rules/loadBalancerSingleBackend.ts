import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { sketch } from './sketch';

export const loadBalancerSingleBackend: Rule = {
  id: 'load-balancer-single-backend',
  severity: 'warning',
  example: sketch('Balancer, one server', [['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server']], [['lb', 'web']]),
  nearMiss: sketch('Balancer, two servers', [['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['lb', 'web1'], ['lb', 'web2']]),
  local: { props: ['instances'], radius: 1 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const lb of anchors) {
      if (lb.kind !== 'load-balancer') continue;
      const backends = targets(graph, lb.id);
      const total = backends.reduce((sum, b) => sum + b.instances, 0);
      if (total >= 2) continue;
      hits.push({
        nodes: [lb.id, ...backends.map((b) => b.id)],
        message: { key: total === 0 ? 'rules.load-balancer-single-backend.noBackend' : 'rules.load-balancer-single-backend.singleBackend', params: { name: names.one(lb) } },
      });
    }
    return hits;
  },
};
