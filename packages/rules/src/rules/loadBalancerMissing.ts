import type { Rule, RuleHit } from '../findings/finding';
import type { GraphNode } from '../graph/boardGraph';
import { SERVER_KINDS, sources, targets } from '../graph/paths';
import { sketch } from './sketch';

function tooMany(servers: readonly GraphNode[]): boolean {
  return servers.reduce((sum, s) => sum + s.instances, 0) >= 2;
}

export const loadBalancerMissing: Rule = {
  id: 'load-balancer-missing',
  severity: 'warning',
  example: sketch('Two servers, no balancer', [['users', 'client'], ['web1', 'web-server'], ['web2', 'web-server']], [['users', 'web1'], ['users', 'web2']]),
  nearMiss: sketch('Two servers behind a balancer', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']]),
  check({ graph, names }) {
    const hits: RuleHit[] = [];
    const fronts = [...graph.nodes.values()].filter((n) => n.kind === 'client' || n.kind === 'dns');
    for (const front of fronts) {
      const servers = targets(graph, front.id).filter((t) => SERVER_KINDS.includes(t.kind));
      if (tooMany(servers)) hits.push({ nodes: servers.map((s) => s.id), message: { key: 'rules.load-balancer-missing.direct', params: { names: names.list(servers) } } });
    }
    if (fronts.length === 0) {
      // Without clients drawn, servers nothing calls are where the traffic lands.
      const exposed = [...graph.nodes.values()].filter((n) => SERVER_KINDS.includes(n.kind) && sources(graph, n.id).length === 0);
      if (tooMany(exposed)) hits.push({ nodes: exposed.map((s) => s.id), message: { key: 'rules.load-balancer-missing.unfronted', params: { names: names.list(exposed) } } });
    }
    return hits;
  },
};
