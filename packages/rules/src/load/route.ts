import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { targets } from '../graph/paths';
import { flowTargets } from './flowOrder';
import type { Traffic } from './traffic';

/**
 * Receives the traffic a node sends on; `lookup` marks DNS lookups, counted but not forwarded.
 * A callback rather than returned arrays: this runs for every node on every edit.
 */
export type Emit = (to: GraphNode, read: number, write: number, lookup: boolean) => void;

function instancesOf(nodes: readonly GraphNode[]): number {
  let total = 0;
  for (const n of nodes) total += n.instances;
  return total;
}

function ofOneKind(nodes: readonly GraphNode[]): boolean {
  for (const node of nodes) if (node.kind !== nodes[0]!.kind) return false;
  return true;
}

/** Spreads traffic over nodes in proportion to their instances. */
function split(nodes: readonly GraphNode[], read: number, write: number, emit: Emit, lookup = false): void {
  const total = instancesOf(nodes);
  for (const n of nodes) {
    const share = total > 0 ? n.instances / total : 1 / nodes.length;
    emit(n, read * share, write * share, lookup);
  }
}

/** Within a group of databases, writes go to the primaries and reads to the replicas (or the primaries when there are none). */
function splitDatabases(dbs: readonly GraphNode[], read: number, write: number, emit: Emit): void {
  const replicas = dbs.filter((d) => d.props.role === 'replica');
  const primaries = dbs.filter((d) => d.props.role !== 'replica');
  split(primaries.length > 0 ? primaries : dbs, 0, write, emit);
  split(replicas.length > 0 ? replicas : dbs, read, 0, emit);
}

function hitRatioOf(node: GraphNode): number {
  return typeof node.props.hitRatio === 'number' ? node.props.hitRatio : 0;
}

/**
 * A caller sends its traffic to each kind of service it calls (web → cache and web → database are
 * two services), spread over the nodes of one kind by their instances. Next to a cache, the
 * database only sees the reads the cache misses (cache-aside) plus every write.
 */
function callServices(callees: readonly GraphNode[], read: number, write: number, emit: Emit): void {
  if (callees.length === 0) return;
  // The usual caller calls one kind of service: no grouping to do (this runs for every component).
  if (ofOneKind(callees)) {
    if (callees[0]!.kind === 'database') splitDatabases(callees, read, write, emit);
    else split(callees, read, write, emit);
    return;
  }
  const byKind = new Map<string, GraphNode[]>();
  for (const callee of callees) {
    const group = byKind.get(callee.kind);
    if (group) group.push(callee);
    else byKind.set(callee.kind, [callee]);
  }
  const caches = byKind.get('cache') ?? [];
  const behindCache = caches.length > 0 && byKind.has('database');
  const cacheInstances = instancesOf(caches);
  let cacheHit = 0;
  for (const c of caches) cacheHit += (c.instances / cacheInstances) * hitRatioOf(c);
  for (const [kind, nodes] of byKind) {
    if (kind === 'cache' && behindCache) split(nodes, read, 0, emit);
    else if (kind === 'database') splitDatabases(nodes, behindCache ? read * (1 - cacheHit) : read, write, emit);
    else split(nodes, read, write, emit);
  }
}

/** A worker's arrow to a queue is a pull (see flowTargets), not traffic it sends. */
function notPulled(node: GraphNode, list: readonly GraphNode[]): readonly GraphNode[] {
  return node.kind === 'worker' ? list.filter((t) => t.kind !== 'message-queue') : list;
}

/**
 * Where a node's peak traffic goes next — the load model of docs/estimation.md, one kind at a time.
 *
 * @example route(graph, lb, { read: 900, write: 100 }, 2, (to, read, write) => console.log(to.id, read + write))
 */
export function route(graph: BoardGraph, node: GraphNode, traffic: Traffic, peakFactor: number, emit: Emit): void {
  const { read, write } = traffic;
  if (node.kind === 'message-queue') {
    // Queues decouple: consumers work through the backlog at the average rate, not the peak.
    split(flowTargets(graph, node), 0, (read + write) / peakFactor, emit);
    return;
  }
  const sync = notPulled(node, targets(graph, node.id, ['sync']));
  // Async edges carry the writes as jobs; replicas receive a copy of every write their source takes.
  callServices(notPulled(node, targets(graph, node.id, ['async'])), 0, write, emit);
  for (const replica of targets(graph, node.id, ['replication'])) emit(replica, 0, write, false);
  switch (node.kind) {
    case 'client': {
      const dns = sync.filter((t) => t.kind === 'dns');
      // A client that also calls the balancer only asks DNS for an address; DNS is not a hop.
      if (dns.length === sync.length) callServices(dns, read, write, emit);
      else {
        callServices(sync.filter((t) => t.kind !== 'dns'), read, write, emit);
        split(dns, read, write, emit, true);
      }
      return;
    }
    case 'load-balancer':
      split(sync, read, write, emit);
      return;
    case 'cdn':
    case 'cache':
      callServices(sync, read * (1 - hitRatioOf(node)), write, emit);
      return;
    default:
      callServices(sync, read, write, emit);
  }
}
