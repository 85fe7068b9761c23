import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { describe, describeAll } from './describe';
import { sketch } from './sketch';

export const dnsTarget: Rule = {
  id: 'dns-target',
  severity: 'warning',
  title: 'DNS does not resolve to the load balancer',
  idea: 'Clients reach the load balancer through DNS, which holds the balancer\'s public IP (chapter 1).',
  explanation: 'When a design has a load balancer, DNS pointing straight at a server sends traffic around the balancer, losing failover and spreading.',
  fix: 'Point the DNS record at the load balancer (a CDN hostname may stay).',
  example: sketch('DNS at a server', [['dns', 'dns'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['dns', 'web1'], ['lb', 'web1'], ['lb', 'web2']]),
  nearMiss: sketch('DNS at the balancer', [['dns', 'dns'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server']], [['dns', 'lb'], ['lb', 'web1'], ['lb', 'web2']]),
  check({ graph }) {
    if (!graph.hasKind('load-balancer')) return [];
    const hits: RuleHit[] = [];
    for (const dns of graph.nodes.values()) {
      if (dns.kind !== 'dns') continue;
      const wrong = targets(graph, dns.id).filter((t) => t.kind !== 'load-balancer' && t.kind !== 'cdn');
      if (wrong.length === 0) continue;
      hits.push({ nodes: [dns.id, ...wrong.map((w) => w.id)], message: `${describe(dns)} resolves to ${describeAll(wrong)} instead of the load balancer.` });
    }
    return hits;
  },
};
