import type { Rule, RuleHit } from '../findings/finding';
import { CDN_TTL_SECONDS } from '../fixes/mechanicalFix';
import { sketch } from './sketch';

export const cdnWithoutTtl: Rule = {
  id: 'cdn-without-ttl',
  severity: 'warning',
  example: sketch('CDN without TTL', [['users', 'client'], ['cdn', 'cdn'], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  nearMiss: sketch('CDN with TTL', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  local: { props: ['ttlSeconds'], radius: 0 },
  check({ anchors, names }) {
    const hits: RuleHit[] = [];
    for (const cdn of anchors) {
      if (cdn.kind !== 'cdn') continue;
      const ttl = cdn.props.ttlSeconds;
      if (typeof ttl === 'number' && ttl > 0) continue;
      const name = names.one(cdn);
      hits.push({
        nodes: [cdn.id],
        message: { key: 'rules.cdn-without-ttl.message', params: { name } },
        fix: { key: 'rules.cdn-without-ttl.fixNamed', params: { name, ttl: CDN_TTL_SECONDS } },
      });
    }
    return hits;
  },
};
