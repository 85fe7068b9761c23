import type { Rule, RuleHit } from '../findings/finding';
import { formatCount } from '../format/formatCount';
import { describe } from './describe';
import { sketch } from './sketch';

const MILLION_USERS = { monthlyActiveUsers: 10_000_000 };

export const overCapacity: Rule = {
  id: 'over-capacity',
  severity: 'error',
  title: 'More peak load than the component can take',
  idea: 'Check the design against the constraints with a rough calculation (chapter 3, step 2), using the estimate of chapter 2.',
  explanation:
    'Peak traffic from the estimate flows from the clients along the edges (see docs/estimation.md). A component whose peak load exceeds '
    + 'its instances × capacity per instance will queue, time out and fail under peak.',
  fix: 'Scale out to the instance count the finding names, or put a cache or CDN in front to absorb reads.',
  example: sketch('Ten million users, one server', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']], MILLION_USERS),
  nearMiss: sketch('Ten million users, enough servers', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server', { instances: 2 }], ['web2', 'web-server', { instances: 2 }]], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']], MILLION_USERS),
  check({ graph, load }) {
    const hits: RuleHit[] = [];
    const loads = load();
    for (const node of graph.nodes.values()) {
      const nodeLoad = loads[node.id];
      const perInstance = node.props.capacityQps;
      if (!nodeLoad || nodeLoad.utilization <= 1 || typeof perInstance !== 'number') continue;
      const needed = Math.ceil(nodeLoad.qps / perInstance);
      hits.push({
        nodes: [node.id],
        message: `${describe(node)} takes ${formatCount(nodeLoad.qps)} QPS at peak, ${Math.round(nodeLoad.utilization * 100)} % of what ${node.instances} instance${node.instances === 1 ? '' : 's'} can handle.`,
        fix: `Run ${needed} instances (${formatCount(perInstance)} QPS each), or absorb reads with a cache or CDN in front.`,
      });
    }
    return hits;
  },
};
