import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

export const loadBalancerSingleBackend: Rule = {
  id: 'load-balancer-single-backend',
  severity: 'warning',
  title: 'Load balancer with a single backend',
  idea: 'With a load balancer, when one web server goes down traffic goes to the others (chapter 1) — which needs others.',
  explanation: 'A load balancer in front of one server instance balances nothing and gives no failover: if that server dies, the site is down.',
  fix: 'Add a second web server (or raise the backend\'s instances to 2 or more).',
  example: sketch('Balancer, one server', [['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server']], [['lb', 'web']]),
  nearMiss: sketch('Balancer, two servers', [['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['lb', 'web1'], ['lb', 'web2']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const lb of graph.nodes.values()) {
      if (lb.kind !== 'load-balancer') continue;
      const backends = targets(graph, lb.id);
      const total = backends.reduce((sum, b) => sum + b.instances, 0);
      if (total >= 2) continue;
      hits.push({
        nodes: [lb.id, ...backends.map((b) => b.id)],
        message: total === 0 ? `${describe(lb)} has no backend to send traffic to.` : `${describe(lb)} has a single backend instance, so it gives no failover.`,
      });
    }
    return hits;
  },
};
