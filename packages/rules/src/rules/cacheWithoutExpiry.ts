import type { Rule, RuleHit } from '../findings/finding';
import { describe } from './describe';
import { sketch } from './sketch';

export const cacheWithoutExpiry: Rule = {
  id: 'cache-without-expiry',
  severity: 'warning',
  title: 'Cache entries never expire',
  idea: 'Cache memory is small, so what to cache and when it expires matter, and the cache must stay consistent with the database (chapter 1, cache concerns).',
  explanation:
    'Without a TTL an entry lives until it is evicted, so readers can see stale data long after the database changed; '
    + 'with eviction also off, the cache fills up and refuses writes.',
  fix: 'Set ttlSeconds on the cache (long enough to pay off, short enough to bound staleness) and keep an eviction policy such as LRU.',
  example: sketch('Cache without TTL', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  nearMiss: sketch('Cache with TTL', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 300 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const cache of graph.nodes.values()) {
      if (cache.kind !== 'cache') continue;
      const ttl = cache.props.ttlSeconds;
      if (typeof ttl === 'number' && ttl > 0) continue;
      const full = cache.props.eviction === 'none' ? ' and with eviction off it will fill up' : '';
      hits.push({ nodes: [cache.id], message: `${describe(cache)} has no TTL: entries can stay stale forever${full}.` });
    }
    return hits;
  },
};
