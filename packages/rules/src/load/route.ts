import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { targets } from '../graph/paths';
import { flowTargets } from './flowOrder';
import { shares, type Traffic } from './traffic';

/** Traffic a node sends to one target. */
export type Send = readonly [GraphNode, Traffic];

function split(nodes: readonly GraphNode[], traffic: Traffic, pick: (t: Traffic) => Traffic = (t) => t): Send[] {
  const part = pick(traffic);
  return shares(nodes.map((n) => n.instances)).map((share, i) => [nodes[i]!, { read: part.read * share, write: part.write * share }] as const);
}

/** Within a group of databases, writes go to the primaries and reads to the replicas (or the primaries when there are none). */
function splitDatabases(dbs: readonly GraphNode[], traffic: Traffic): Send[] {
  const replicas = dbs.filter((d) => d.props.role === 'replica');
  const primaries = dbs.filter((d) => d.props.role !== 'replica');
  const writers = primaries.length > 0 ? primaries : dbs;
  const readers = replicas.length > 0 ? replicas : dbs;
  return [...split(writers, traffic, (t) => ({ read: 0, write: t.write })), ...split(readers, traffic, (t) => ({ read: t.read, write: 0 }))];
}

function hitRatioOf(node: GraphNode): number {
  return typeof node.props.hitRatio === 'number' ? node.props.hitRatio : 0;
}

/**
 * A caller sends its traffic to each kind of service it calls (web → cache and web → database are
 * two services), spread over the nodes of one kind by their instances. Next to a cache, the
 * database only sees the reads the cache misses (cache-aside) plus every write.
 */
function callServices(callees: readonly GraphNode[], traffic: Traffic): Send[] {
  const byKind = new Map<string, GraphNode[]>();
  for (const callee of callees) {
    const group = byKind.get(callee.kind);
    if (group) group.push(callee);
    else byKind.set(callee.kind, [callee]);
  }
  const caches = byKind.get('cache') ?? [];
  const behindCache = caches.length > 0 && byKind.has('database');
  const cacheHit = shares(caches.map((c) => c.instances)).reduce((sum, s, i) => sum + s * hitRatioOf(caches[i]!), 0);
  const sends: Send[] = [];
  for (const [kind, nodes] of byKind) {
    if (kind === 'cache' && behindCache) sends.push(...split(nodes, traffic, (t) => ({ read: t.read, write: 0 })));
    else if (kind === 'database') sends.push(...splitDatabases(nodes, behindCache ? { read: traffic.read * (1 - cacheHit), write: traffic.write } : traffic));
    else sends.push(...split(nodes, traffic));
  }
  return sends;
}

/** What a node receives from the outside world, and DNS lookups that are counted but go nowhere. */
export interface Routed {
  sends: Send[];
  lookups: Send[];
}

/**
 * Where a node's peak traffic goes next — the load model of docs/estimation.md, one kind at a time.
 *
 * @example route(graph, lb, { read: 900, write: 100 }, 2).sends // each backend's share
 */
export function route(graph: BoardGraph, node: GraphNode, traffic: Traffic, peakFactor: number): Routed {
  if (node.kind === 'message-queue') {
    // Queues decouple: consumers work through the backlog at the average rate, not the peak.
    const jobs = (traffic.read + traffic.write) / peakFactor;
    return { sends: split(flowTargets(graph, node), { read: 0, write: jobs }), lookups: [] };
  }
  // A worker's arrow to a queue is a pull (see flowTargets), not traffic it sends.
  const notPulled = (list: readonly GraphNode[]) => (node.kind === 'worker' ? list.filter((t) => t.kind !== 'message-queue') : list);
  const sync = notPulled(targets(graph, node.id, ['sync']));
  const asyncTargets = notPulled(targets(graph, node.id, ['async']));
  // Replicas receive a copy of every write their source takes.
  const replication: Send[] = targets(graph, node.id, ['replication']).map((t) => [t, { read: 0, write: traffic.write }]);
  const jobs = callServices(asyncTargets, { read: 0, write: traffic.write });
  const rest = [...jobs, ...replication];
  switch (node.kind) {
    case 'client': {
      const dns = sync.filter((t) => t.kind === 'dns');
      const direct = sync.filter((t) => t.kind !== 'dns');
      // A client that also calls the balancer only asks DNS for an address; DNS is not a hop.
      if (direct.length === 0) return { sends: [...callServices(dns, traffic), ...rest], lookups: [] };
      return { sends: [...callServices(direct, traffic), ...rest], lookups: split(dns, traffic) };
    }
    case 'load-balancer':
      return { sends: [...split(sync, traffic), ...rest], lookups: [] };
    case 'cdn':
    case 'cache': {
      const misses = { read: traffic.read * (1 - hitRatioOf(node)), write: traffic.write };
      return { sends: [...callServices(sync, misses), ...rest], lookups: [] };
    }
    default:
      return { sends: [...callServices(sync, traffic), ...rest], lookups: [] };
  }
}
