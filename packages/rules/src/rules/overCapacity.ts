import type { Rule, RuleHit } from '../findings/finding';
import { formatCount } from '../format/formatCount';
import { sketch } from './sketch';

const MILLION_USERS = { monthlyActiveUsers: 10_000_000 };

export const overCapacity: Rule = {
  id: 'over-capacity',
  severity: 'error',
  example: sketch('Ten million users, one server', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']], MILLION_USERS),
  nearMiss: sketch('Ten million users, enough servers', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server', { instances: 2 }], ['web2', 'web-server', { instances: 2 }]], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']], MILLION_USERS),
  local: { props: ['instances', 'capacityQps'], radius: 0, load: true },
  check({ anchors, load, names }) {
    const hits: RuleHit[] = [];
    const loads = load();
    for (const node of anchors) {
      const nodeLoad = loads[node.id];
      const perInstance = node.props.capacityQps;
      if (!nodeLoad || nodeLoad.utilization <= 1 || typeof perInstance !== 'number') continue;
      const needed = Math.ceil(nodeLoad.qps / perInstance);
      const name = names.one(node);
      hits.push({
        nodes: [node.id],
        message: {
          key: 'rules.over-capacity.message',
          params: { name, qps: formatCount(nodeLoad.qps), percent: Math.round(nodeLoad.utilization * 100), instances: node.instances, perInstance: formatCount(perInstance) },
        },
        fix: { key: 'rules.over-capacity.fixNamed', params: { name, needed, perInstance: formatCount(perInstance) } },
      });
    }
    return hits;
  },
};
