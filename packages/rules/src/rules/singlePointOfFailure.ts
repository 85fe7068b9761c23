import type { Rule, RuleHit } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { redundancy, sources, targets } from '../graph/paths';
import { sketch } from './sketch';

/**
 * Whether a node on the request path has a sibling of the same kind that the same callers can use
 * instead (a server next to another behind the balancer). Counted per caller and kind on first use,
 * so checking every node stays linear and checking a few (the live analysis after an edit) reads
 * only their callers' callees.
 */
function peersOn(graph: BoardGraph, path: ReadonlySet<string>): (node: GraphNode) => boolean {
  const byCaller = new Map<string, Map<string, number>>();
  let uncalled: Map<string, number> | undefined;
  const count = (counts: Map<string, number>, kind: string) => counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const calleesOf = (caller: string) => {
    let counts = byCaller.get(caller);
    if (!counts) {
      counts = new Map();
      for (const callee of targets(graph, caller, ['sync', 'async'])) if (path.has(callee.id)) count(counts, callee.kind);
      byCaller.set(caller, counts);
    }
    return counts;
  };
  return (node) => {
    const callers = sources(graph, node.id, ['sync', 'async']);
    if (callers.length > 0) return callers.some((caller) => (calleesOf(caller.id).get(node.kind) ?? 0) > 1);
    // Two entries of the same kind (nothing calls them) are alternatives too.
    if (!uncalled) {
      uncalled = new Map();
      for (const other of graph.nodes.values()) if (path.has(other.id) && sources(graph, other.id, ['sync', 'async']).length === 0) count(uncalled, other.kind);
    }
    return (uncalled.get(node.kind) ?? 0) > 1;
  };
}

export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  severity: 'warning',
  example: sketch('One web server', [['users', 'client'], ['web', 'web-server']], [['users', 'web']]),
  nearMiss: sketch('One web server, two instances', [['users', 'client'], ['web', 'web-server', { instances: 2 }]], [['users', 'web']]),
  local: { props: ['instances', 'replicas'], radius: 0 },
  check({ graph, requestPath, names, anchors }) {
    const hits: RuleHit[] = [];
    const hasPeer = peersOn(graph, requestPath);
    for (const node of anchors) {
      if (!requestPath.has(node.id) || node.managed || node.kind === 'client' || node.kind === 'session-store') continue;
      if (redundancy(graph, node) > 1 || hasPeer(node)) continue;
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
