import type { Rule, RuleHit } from '../findings/finding';
import { reachable, SERVER_KINDS } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

export const statefulWebTier: Rule = {
  id: 'stateful-web-tier',
  severity: 'warning',
  title: 'Stateful web tier behind a load balancer',
  idea: 'State kept on one server breaks when the next request lands on another; sticky sessions load the balancer and make adding or removing servers hard (chapter 1, stateless web tier).',
  explanation:
    'A server that keeps session state in its own memory forces the load balancer to pin each user to it (sticky sessions): '
    + 'scaling out or losing a server logs users out.',
  fix: 'Make the servers stateless: move session state to a shared, redundant session store and set stateful to false.',
  example: sketch('Stateful servers', [['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server', { stateful: true }], ['web2', 'web-server', { stateful: true }]], [['lb', 'web1'], ['lb', 'web2']]),
  nearMiss: sketch('Stateless servers with a session store', [
    ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'], ['sessions', 'session-store', { instances: 2 }],
  ], [['lb', 'web1'], ['lb', 'web2'], ['web1', 'sessions'], ['web2', 'sessions']]),
  check({ graph }) {
    const balancers = [...graph.nodes.values()].filter((n) => n.kind === 'load-balancer').map((n) => n.id);
    const behind = reachable(graph, balancers, ['sync']);
    const hits: RuleHit[] = [];
    for (const node of graph.nodes.values()) {
      if (!SERVER_KINDS.includes(node.kind) || node.props.stateful !== true || !behind.has(node.id)) continue;
      hits.push({ nodes: [node.id], message: `${describe(node)} keeps state behind a load balancer, so users need sticky sessions.` });
    }
    return hits;
  },
};
