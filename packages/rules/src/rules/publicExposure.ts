import type { Rule, RuleHit } from '../findings/finding';
import type { NodeKind } from '../kinds';
import { sources, SERVER_KINDS } from '../graph/paths';
import { sketch } from './sketch';

const DATA_KINDS: readonly NodeKind[] = ['database', 'cache', 'session-store'];
const GUARDED: readonly NodeKind[] = [...SERVER_KINDS, ...DATA_KINDS];

export const publicExposure: Rule = {
  id: 'public-exposure',
  severity: 'error',
  example: sketch('Database on the public network', [
    ['internet', 'public-network'], ['private', 'private-network'],
    ['lb', 'load-balancer', { instances: 2 }, 'internet'], ['web1', 'web-server', {}, 'private'], ['web2', 'web-server', {}, 'private'], ['db', 'database', { replicas: 1 }, 'internet'],
  ], [['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db']]),
  nearMiss: sketch('Database on the private network', [
    ['internet', 'public-network'], ['private', 'private-network'],
    ['lb', 'load-balancer', { instances: 2 }, 'internet'], ['web1', 'web-server', {}, 'private'], ['web2', 'web-server', {}, 'private'], ['db', 'database', { replicas: 1 }, 'private'],
  ], [['lb', 'web1'], ['lb', 'web2'], ['web1', 'db'], ['web2', 'db']]),
  local: { props: [], radius: 0 },
  check({ graph, anchors, names }) {
    const hasBalancer = graph.hasKind('load-balancer');
    const hits: RuleHit[] = [];
    for (const node of anchors) {
      if (!GUARDED.includes(node.kind)) continue;
      // The nearest network decides: a private subnet drawn inside a public zone is still private.
      const network = graph.groupsOf(node.id).find((g) => g !== 'region');
      if (network === 'public-network') {
        hits.push({ nodes: [node.id], message: { key: 'rules.public-exposure.inPublicNetwork', params: { name: names.one(node) } } });
        continue;
      }
      const direct = sources(graph, node.id).filter((s) => s.kind === 'client' || s.kind === 'dns');
      // A lone server answering clients directly is the note's first step; a data store never is.
      if (direct.length > 0 && (hasBalancer || DATA_KINDS.includes(node.kind))) {
        hits.push({ nodes: [node.id, ...direct.map((d) => d.id)], message: { key: hasBalancer ? 'rules.public-exposure.bypassing' : 'rules.public-exposure.direct', params: { name: names.one(node) } } });
      }
    }
    return hits;
  },
};
