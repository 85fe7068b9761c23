import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { groupChain } from '../graph/groupChain';
import { entries, sources, targets } from '../graph/paths';
import { consumersOf } from '../graph/queueEnds';
import type { Scenario } from './scenarioSchema';
import { holdsHitRatio, isPrimaryDatabase } from './scenarioTargets';
import { nodesById, resolveFailTarget } from './validateScenario';

/** What a drill did to a board, before the report reads it; ids are component ids of the board. */
export interface Failures {
  /** The board with instances lost, replicas promoted (rewired in place of their primary) and hit ratios set; nothing removed yet. */
  board: Board;
  graph: BoardGraph;
  /** The board's entries (clients, or what nothing calls), as found before anything failed. */
  entryIds: string[];
  /** Components that cannot serve, in the order they went down: the scenario's first, then what they took with them (clients too: their users get errors). */
  down: string[];
  /** Per component taken down by others: the callees (all of one kind, or a balancer's backends) whose loss did it. */
  cause: ReadonlyMap<string, readonly string[]>;
  instancesLost: { id: string; down: number; instances: number }[];
  /** A primary that failed and the replica now serving in its place (`replica`), or the count of replicas left (`left`). */
  promoted: ({ id: string; replica: string } | { id: string; left: number })[];
  /** A failed component whose caller still serves through `alternatives` (same kind, or a balancer's other backends). */
  failovers: { id: string; caller: string; alternatives: string[] }[];
  /** A caller whose every cache failed: it reads `databases` directly (cache-aside). */
  bypassed: { caller: string; caches: string[]; databases: string[] }[];
  /** A live queue whose every consumer failed. */
  backlogs: { queue: string; consumers: string[] }[];
}

const REPLICATED = new Set(['database', 'session-store']);

function numberProp(node: BoardNode, name: string, fallback: number): number {
  const value = resolveProps(node.kind, node.props)[name];
  return typeof value === 'number' ? value : fallback;
}

/** The scenario's `fail` entries as whole components down and instances lost (instances counted once each). */
function whatFails(board: Board, byId: ReadonlyMap<string, BoardNode>, fail: readonly string[]) {
  const whole = new Set<string>();
  const lost = new Map<string, Set<number>>();
  const groups = new Set<string>();
  for (const text of fail) {
    // Unknown ids are the caller's to refuse (validateScenario); a drill never throws on one.
    const target = resolveFailTarget(text, byId);
    if ('code' in target) continue;
    if (target.kind === 'group') groups.add(target.node.id);
    else if (target.kind === 'component') whole.add(target.node.id);
    else {
      const set = lost.get(target.node.id) ?? new Set<number>();
      set.add(target.instance);
      lost.set(target.node.id, set);
    }
  }
  // A group's components die with every copy they hold: their counted replicas sit in the same place.
  const withGroup = new Set<string>();
  if (groups.size > 0) {
    for (const node of byId.values()) {
      if (node.kind === 'client' || node.kind === 'note' || groups.has(node.id)) continue;
      if (groupChain(node, byId).some((group) => groups.has(group.id))) withGroup.add(node.id);
    }
  }
  for (const id of withGroup) whole.add(id);
  const instancesLost: Failures['instancesLost'] = [];
  for (const node of board.nodes) {
    const set = lost.get(node.id);
    if (!set || whole.has(node.id) || byId.get(node.id) !== node) continue;
    const instances = numberProp(node, 'instances', 1);
    if (set.size >= instances) whole.add(node.id);
    else instancesLost.push({ id: node.id, down: set.size, instances });
  }
  return { whole, withGroup, instancesLost };
}

/** Replication neighbours of each replicated component, in edge order: who can be promoted. */
function replicationPeers(board: Board, byId: ReadonlyMap<string, BoardNode>): Map<string, string[]> {
  const peers = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = peers.get(from);
    if (list) list.push(to);
    else peers.set(from, [to]);
  };
  for (const edge of board.edges) {
    if (edge.kind !== 'replication' || edge.from === edge.to) continue;
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to || from.kind !== to.kind || !REPLICATED.has(from.kind)) continue;
    add(from.id, to.id);
    add(to.id, from.id);
  }
  return peers;
}

/**
 * The board the drill starts from: instances lost, hit ratios set, and each failed primary with a
 * replica replaced by it (the replica takes the primary's connections and role; a `replicas` count
 * gives up one). What stays failed is returned beside it.
 */
function degradedBoard(board: Board, scenario: Scenario) {
  const byId = nodesById(board);
  const { whole, withGroup, instancesLost } = whatFails(board, byId, scenario.fail ?? []);
  const props = new Map<string, Record<string, unknown>>();
  const propsOf = (id: string) => {
    let p = props.get(id);
    if (!p) props.set(id, (p = { ...byId.get(id)!.props }));
    return p;
  };
  for (const { id, down, instances } of instancesLost) propsOf(id).instances = instances - down;
  for (const [id, ratio] of Object.entries(scenario.hitRatios ?? {})) {
    const node = byId.get(id);
    // Typed input can still hold anything: a ratio that is not one leaves the cache as drawn.
    if (node && holdsHitRatio(node) && Number.isFinite(ratio) && ratio >= 0 && ratio <= 1) propsOf(id).hitRatio = ratio;
  }
  const promoted: Failures['promoted'] = [];
  const takenBy = new Map<string, string>();
  const taken = new Set<string>();
  const peers = whole.size > 0 ? replicationPeers(board, byId) : new Map<string, string[]>();
  for (const node of board.nodes) {
    if (!whole.has(node.id) || byId.get(node.id) !== node || !REPLICATED.has(node.kind)) continue;
    if (node.kind === 'database' && !isPrimaryDatabase(node)) continue;
    const replicas = withGroup.has(node.id) ? 0 : numberProp(node, 'replicas', 0);
    if (replicas > 0) {
      whole.delete(node.id);
      Object.assign(propsOf(node.id), { instances: 1, replicas: replicas - 1 });
      promoted.push({ id: node.id, left: replicas - 1 });
      continue;
    }
    const replica = (peers.get(node.id) ?? []).find((peer) => !whole.has(peer) && !takenBy.has(peer) && !taken.has(peer));
    if (!replica) continue;
    takenBy.set(node.id, replica);
    taken.add(replica);
    if (node.kind === 'database') propsOf(replica).role = 'primary';
    promoted.push({ id: node.id, replica });
  }
  if (props.size === 0 && takenBy.size === 0) return { board, whole, instancesLost, promoted };
  const nodes = board.nodes.map((node) => (props.has(node.id) && byId.get(node.id) === node ? { ...node, props: props.get(node.id)! } : node));
  let edges: BoardEdge[] = board.edges;
  if (takenBy.size > 0) {
    edges = [];
    for (const edge of board.edges) {
      const from = takenBy.get(edge.from) ?? edge.from;
      const to = takenBy.get(edge.to) ?? edge.to;
      // The link between a primary and the replica replacing it goes with the primary.
      if (from === to) continue;
      edges.push(from === edge.from && to === edge.to ? edge : { ...edge, from, to });
    }
  }
  return { board: { ...board, nodes, edges }, whole, instancesLost, promoted };
}

/** Whose loss a caller cannot survive is decided per kind of callee; a balancer's backends are one group whatever their kind. */
function groupKey(caller: GraphNode, callee: GraphNode): string {
  return caller.kind === 'load-balancer' ? 'backends' : callee.kind;
}

/** What a node calls to serve a request (sync calls and publishing to a queue; a worker's arrow to its queue is a pull; a queue needs no consumer to accept work). */
function needs(graph: BoardGraph, node: GraphNode): readonly GraphNode[] {
  if (node.kind === 'message-queue') return [];
  const next = targets(graph, node.id, ['sync', 'async']);
  return node.kind === 'worker' ? next.filter((t) => t.kind !== 'message-queue') : next;
}

function calls(caller: GraphNode, callee: GraphNode): boolean {
  return caller.kind !== 'message-queue' && !(caller.kind === 'worker' && callee.kind === 'message-queue');
}

/**
 * Plays a scenario's failures on a board: what fails directly, the replicas promoted, and every
 * caller that fails in turn because a kind of service it needs has nothing left (a cache is not
 * needed by a caller that also reads a database: it reads the database instead). Linear in the
 * board: each failure is counted once against each of its callers.
 *
 * @example playFailures(board, { fail: ['db'] }).down // ['db', 'web', 'lb']
 */
export function playFailures(board: Board, scenario: Scenario): Failures {
  const degraded = degradedBoard(board, scenario);
  const graph = buildGraph(degraded.board);
  const hasClients = graph.hasKind('client');
  // A board without clients enters where nothing calls; a promoted primary, now unconnected, must not become an entry.
  const entryIds = (hasClients || degraded.promoted.length === 0 ? entries(graph) : entries(buildGraph(board))).map((n) => n.id);
  const isDown = new Set<string>();
  const down: string[] = [];
  for (const node of graph.nodes.values()) {
    if (degraded.whole.has(node.id)) {
      isDown.add(node.id);
      down.push(node.id);
    }
  }
  const cause = new Map<string, string[]>();
  const left = new Map<string, Map<string, number>>();
  const bypassed: Failures['bypassed'] = [];
  const liveGroup = (caller: GraphNode, key: string) => needs(graph, caller).filter((t) => groupKey(caller, t) === key && !isDown.has(t.id)).map((t) => t.id);
  for (let i = 0; i < down.length; i++) {
    const failed = graph.nodes.get(down[i]!)!;
    for (const caller of sources(graph, failed.id, ['sync', 'async'])) {
      if (isDown.has(caller.id) || !calls(caller, failed)) continue;
      const key = groupKey(caller, failed);
      let counts = left.get(caller.id);
      if (!counts) {
        counts = new Map();
        for (const t of needs(graph, caller)) counts.set(groupKey(caller, t), (counts.get(groupKey(caller, t)) ?? 0) + 1);
        left.set(caller.id, counts);
      }
      const remaining = (counts.get(key) ?? 1) - 1;
      counts.set(key, remaining);
      if (remaining > 0) continue;
      const group = needs(graph, caller).filter((t) => groupKey(caller, t) === key).map((t) => t.id);
      if (key === 'cache' && counts.has('database')) {
        bypassed.push({ caller: caller.id, caches: group, databases: liveGroup(caller, 'database') });
        continue;
      }
      cause.set(caller.id, group);
      isDown.add(caller.id);
      down.push(caller.id);
    }
  }
  // Failovers are read once everything is down, so the alternatives named are the ones still serving.
  const failovers: Failures['failovers'] = [];
  // One list per caller and kind: a balancer that lost 999 of 1,000 backends names the survivor once, not 999 times over.
  const alive = new Map<string, string[]>();
  for (const id of down) {
    const failed = graph.nodes.get(id)!;
    for (const caller of sources(graph, id, ['sync', 'async'])) {
      if (isDown.has(caller.id) || !calls(caller, failed)) continue;
      const key = groupKey(caller, failed);
      if (key === 'cache' && (left.get(caller.id)?.get('cache') ?? 1) <= 0) continue;
      const slot = `${key}\u0000${caller.id}`;
      let alternatives = alive.get(slot);
      if (!alternatives) alive.set(slot, (alternatives = liveGroup(caller, key)));
      failovers.push({ id, caller: caller.id, alternatives });
    }
  }
  const backlogs: Failures['backlogs'] = [];
  if (graph.hasKind('message-queue')) {
    for (const node of graph.nodes.values()) {
      if (node.kind !== 'message-queue' || isDown.has(node.id)) continue;
      const consumers = consumersOf(graph, node.id).map((n) => n.id);
      if (consumers.length > 0 && consumers.every((c) => isDown.has(c))) backlogs.push({ queue: node.id, consumers });
    }
  }
  return {
    board: degraded.board, graph, entryIds, down, cause,
    instancesLost: degraded.instancesLost, promoted: degraded.promoted, failovers, bypassed, backlogs,
  };
}
