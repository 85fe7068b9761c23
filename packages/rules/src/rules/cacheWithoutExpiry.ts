import type { Rule, RuleHit } from '../findings/finding';
import { CACHE_TTL_SECONDS } from '../fixes/mechanicalFix';
import { sketch } from './sketch';

export const cacheWithoutExpiry: Rule = {
  id: 'cache-without-expiry',
  severity: 'warning',
  example: sketch('Cache without TTL', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  nearMiss: sketch('Cache with TTL', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 300 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  local: { props: ['ttlSeconds', 'eviction'], radius: 0 },
  check({ anchors, names }) {
    const hits: RuleHit[] = [];
    for (const cache of anchors) {
      if (cache.kind !== 'cache') continue;
      const ttl = cache.props.ttlSeconds;
      if (typeof ttl === 'number' && ttl > 0) continue;
      const name = names.one(cache);
      hits.push({
        nodes: [cache.id],
        message: { key: cache.props.eviction === 'none' ? 'rules.cache-without-expiry.messageNoEviction' : 'rules.cache-without-expiry.message', params: { name } },
        fix: { key: 'rules.cache-without-expiry.fixNamed', params: { name, ttl: CACHE_TTL_SECONDS } },
      });
    }
    return hits;
  },
};
