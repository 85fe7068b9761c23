import type { Rule, RuleHit } from '../findings/finding';
import { targets } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

export const cdnWithoutOrigin: Rule = {
  id: 'cdn-without-origin',
  severity: 'error',
  title: 'CDN without an origin',
  idea: 'On a CDN miss the edge server fetches the file from the origin (web server or object storage) (chapter 1, CDN).',
  explanation: 'A CDN only caches: with no origin drawn, the first request for every file and every request after its TTL has nowhere to go.',
  fix: 'Connect the CDN to its origin: object storage or the web tier.',
  example: sketch('CDN alone', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }]], [['users', 'cdn']]),
  nearMiss: sketch('CDN with origin', [['users', 'client'], ['cdn', 'cdn', { ttlSeconds: 86400 }], ['media', 'object-storage']], [['users', 'cdn'], ['cdn', 'media']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const cdn of graph.nodes.values()) {
      if (cdn.kind === 'cdn' && targets(graph, cdn.id).length === 0) hits.push({ nodes: [cdn.id], message: `${describe(cdn)} has no origin to fetch from on a miss.` });
    }
    return hits;
  },
};
