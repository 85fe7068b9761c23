import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { sketch } from './sketch';

export const cdnWithoutOrigin: Rule = {
  id: 'cdn-without-origin',
  severity: 'error',
  example: sketch('CDN alone', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }]], [['users', 'cdn']]),
  nearMiss: sketch('CDN with origin', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  local: { props: [], radius: 0 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const cdn of anchors) {
      if (cdn.kind === 'cdn' && targets(graph, cdn.id).length === 0) hits.push({ nodes: [cdn.id], message: { key: 'rules.cdn-without-origin.message', params: { name: names.one(cdn) } } });
    }
    return hits;
  },
};
