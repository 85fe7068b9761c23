import type { Rule, RuleHit } from '../findings/finding';
import { describe } from './describe';
import { sketch } from './sketch';

export const cdnWithoutTtl: Rule = {
  id: 'cdn-without-ttl',
  severity: 'warning',
  title: 'CDN without a TTL',
  idea: 'The origin\'s response carries a TTL, and the CDN caches the file until the TTL ends (chapter 1, CDN).',
  explanation: 'Without a TTL the CDN cannot tell how long a file stays fresh: updates never reach users, or every request goes back to the origin.',
  fix: 'Set ttlSeconds on the CDN: long for versioned static assets, short for content that changes.',
  example: sketch('CDN without TTL', [['users', 'client'], ['cdn', 'cdn'], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  nearMiss: sketch('CDN with TTL', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const cdn of graph.nodes.values()) {
      if (cdn.kind !== 'cdn') continue;
      const ttl = cdn.props.ttlSeconds;
      if (typeof ttl !== 'number' || ttl <= 0) hits.push({ nodes: [cdn.id], message: `${describe(cdn)} has no TTL, so it cannot tell when a cached file is stale.` });
    }
    return hits;
  },
};
