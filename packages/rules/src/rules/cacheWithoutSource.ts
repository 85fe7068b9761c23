import type { Rule, RuleHit } from '../findings/finding';
import type { NodeKind } from '../kinds';
import { sources, targets } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

const DURABLE: readonly NodeKind[] = ['database', 'object-storage'];

export const cacheWithoutSource: Rule = {
  id: 'cache-without-source',
  severity: 'warning',
  title: 'Cache with no backing store',
  idea: 'A cache hit answers at once; a miss reads the database, stores the result and answers (chapter 1, cache tier).',
  explanation:
    'A cache is a copy of data that lives elsewhere. With no database behind it (read-through) or beside it (cache-aside: its callers also read the database), '
    + 'a miss has nowhere to go and anything evicted is lost.',
  fix: 'Connect the cache to the database it fronts, or let the servers that read the cache also read the database on a miss.',
  example: sketch('Cache alone', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 60 }]], [['web', 'cache']]),
  nearMiss: sketch('Cache-aside', [['web', 'web-server', { instances: 2 }], ['cache', 'cache', { instances: 2, ttlSeconds: 60 }], ['db', 'database', { replicas: 1 }]], [['web', 'cache'], ['web', 'db']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const cache of graph.nodes.values()) {
      if (cache.kind !== 'cache') continue;
      const readThrough = targets(graph, cache.id).some((t) => DURABLE.includes(t.kind));
      const aside = sources(graph, cache.id).some((caller) => targets(graph, caller.id).some((t) => DURABLE.includes(t.kind)));
      if (!readThrough && !aside) hits.push({ nodes: [cache.id], message: `${describe(cache)} has no database behind it: a miss has nowhere to read from.` });
    }
    return hits;
  },
};
