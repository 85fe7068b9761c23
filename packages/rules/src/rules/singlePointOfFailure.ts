import type { Rule, RuleHit } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { redundancy, sources } from '../graph/paths';
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
  example: sketch('One web server', [['users', 'client'], ['web', 'web-server']], [['users', 'web']]),
  nearMiss: sketch('One web server, two instances', [['users', 'client'], ['web', 'web-server', { instances: 2 }]], [['users', 'web']]),
  local: { props: ['instances', 'replicas'], radius: 0 },
  check({ graph, requestPath, names, anchors, structural }) {
    const hits: RuleHit[] = [];
    const withPeers = structural('single-point-of-failure.peers', () => nodesWithPeers(graph, requestPath));
    for (const node of anchors) {
      if (!requestPath.has(node.id) || node.managed || node.kind === 'client' || node.kind === 'session-store') continue;
      if (redundancy(graph, node) > 1 || withPeers.has(node.id)) continue;
      const name = names.one(node);
      hits.push({
        nodes: [node.id],
        message: { key: 'rules.single-point-of-failure.message', params: { name } },
        fix: { key: node.kind === 'database' ? 'rules.single-point-of-failure.fixReplica' : 'rules.single-point-of-failure.fixInstances', params: { name } },
      });
    }
    return hits;
  },
};
