import type { Rule, RuleHit } from '../findings/finding';
import type { NodeKind } from '../kinds';
import { sources, targets } from '../graph/paths';
import { sketch } from './sketch';

const DURABLE: readonly NodeKind[] = ['database', 'object-storage'];

export const cacheWithoutSource: Rule = {
  id: 'cache-without-source',
  severity: 'warning',
  example: sketch('Cache alone', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 60 }]], [['web', 'cache']]),
  nearMiss: sketch('Cache-aside', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 60 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  local: { props: [], radius: 0 },
  check({ graph, anchors, names }) {
    const hits: RuleHit[] = [];
    for (const cache of anchors) {
      if (cache.kind !== 'cache') continue;
      const readThrough = targets(graph, cache.id).some((t) => DURABLE.includes(t.kind));
      const aside = sources(graph, cache.id).some((caller) => targets(graph, caller.id).some((t) => DURABLE.includes(t.kind)));
      if (!readThrough && !aside) hits.push({ nodes: [cache.id], message: { key: 'rules.cache-without-source.message', params: { name: names.one(cache) } } });
    }
    return hits;
  },
};
