import type { Rule } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { redundancy, sources } from '../graph/paths';
import { describe } from './describe';
import { sketch } from './sketch';

/**
 * Nodes with a sibling of the same kind that the same callers can use instead (a server next to
 * another behind the balancer). Counted per caller and kind so a 10,000-node board stays linear.
 */
function nodesWithPeers(graph: BoardGraph, path: ReadonlySet<string>): Set<string> {
  // caller id ('' for "no caller") → kind → the callees of that kind on the path.
  const callees = new Map<string, Map<string, GraphNode[]>>();
  const add = (caller: string, node: GraphNode) => {
    let byKind = callees.get(caller);
    if (!byKind) callees.set(caller, (byKind = new Map()));
    const list = byKind.get(node.kind);
    if (list) list.push(node);
    else byKind.set(node.kind, [node]);
  };
  for (const node of graph.nodes.values()) {
    if (!path.has(node.id)) continue;
    const callers = sources(graph, node.id, ['sync', 'async']);
    // Two entries of the same kind (nothing calls them) are alternatives too.
    if (callers.length === 0) add('', node);
    for (const caller of callers) add(caller.id, node);
  }
  const withPeers = new Set<string>();
  for (const byKind of callees.values()) {
    for (const list of byKind.values()) if (list.length > 1) for (const node of list) withPeers.add(node.id);
  }
  return withPeers;
}

export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  severity: 'warning',
  title: 'Single point of failure on the request path',
  idea: 'Vertical scaling has no failover; one cache server is a SPOF, and the same holds for web/API servers and databases (chapter 1).',
  explanation:
    'A component on the request path that runs as one instance, with no sibling its callers can use instead, stops the service when it dies. '
    + 'Managed services (DNS, CDN, object storage) are redundant by nature; session stores have their own rule.',
  fix: 'Scale out: run 2 or more instances (or add a sibling behind the same caller); for a database, add a replica that can take over.',
  example: sketch('One web server', [['users', 'client'], ['web', 'web-server']], [['users', 'web']]),
  nearMiss: sketch('One web server, two instances', [['users', 'client'], ['web', 'web-server', { instances: 2 }]], [['users', 'web']]),
  check({ graph, requestPath }) {
    const hits = [];
    const withPeers = nodesWithPeers(graph, requestPath);
    for (const node of graph.nodes.values()) {
      if (!requestPath.has(node.id) || node.managed || node.kind === 'client' || node.kind === 'session-store') continue;
      if (redundancy(graph, node) > 1 || withPeers.has(node.id)) continue;
      hits.push({
        nodes: [node.id],
        message: `${describe(node)} is a single point of failure: it runs as one instance, so when it dies every request through it fails.`,
      });
    }
    return hits;
  },
};
