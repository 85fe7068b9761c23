import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { sketch } from './sketch';

export const dnsTarget: Rule = {
  id: 'dns-target',
  severity: 'warning',
  example: sketch('DNS at a server', [['dns', 'dns'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['dns', 'web1'], ['lb', 'web1'], ['lb', 'web2']]),
  nearMiss: sketch('DNS at the balancer', [['dns', 'dns'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['dns', 'lb'], ['lb', 'web1'], ['lb', 'web2']]),
  local: { props: [], radius: 1 },
  check({ graph, anchors, names }) {
    if (!graph.hasKind('load-balancer')) return [];
    const hits: RuleHit[] = [];
    for (const dns of anchors) {
      if (dns.kind !== 'dns') continue;
      const wrong = targets(graph, dns.id).filter((t) => t.kind !== 'load-balancer' && t.kind !== 'cdn');
      if (wrong.length === 0) continue;
      hits.push({ nodes: [dns.id, ...wrong.map((w) => w.id)], message: { key: 'rules.dns-target.message', params: { name: names.one(dns), targets: names.list(wrong) } } });
    }
    return hits;
  },
};
