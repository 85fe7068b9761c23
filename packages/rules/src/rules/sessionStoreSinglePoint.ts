import type { Rule, RuleHit } from '../findings/finding';
import { redundancy } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

export const sessionStoreSinglePoint: Rule = {
  id: 'session-store-single-point',
  severity: 'warning',
  title: 'Session store without redundancy',
  idea: 'The note asks of the shared state store: if it dies, is every session lost? So the shared store must itself be redundant (chapter 1).',
  explanation: 'Moving state out of the web tier concentrates it in the session store; with one copy, its failure logs every user out at once.',
  fix: 'Run the session store with 2 or more instances, or give it a replica.',
  example: sketch('One session store', [['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store']], [['web1', 'sessions'], ['web2', 'sessions']]),
  nearMiss: sketch('Replicated session store', [['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store', { replicas: 1 }]], [['web1', 'sessions'], ['web2', 'sessions']]),
  check({ graph }) {
    const hits: RuleHit[] = [];
    for (const node of graph.nodes.values()) {
      if (node.kind !== 'session-store' || redundancy(graph, node) > 1) continue;
      hits.push({ nodes: [node.id], message: `${describe(node)} holds every session in one copy: if it dies, all sessions are lost.` });
    }
    return hits;
  },
};
