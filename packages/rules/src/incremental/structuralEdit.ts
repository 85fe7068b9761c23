import {
  componentAvailability,
  requestTargets,
  requestStages,
  stageDowntime,
  stagesInSeries,
} from '../availability/availability';
import type { Board, BoardEdge } from '../boardSchema';
import type { LoadMap } from '../findings/finding';
import { editGraph, type GraphEdit, type GraphNode } from '../graph/boardGraph';
import { entries } from '../graph/paths';
import type { Lang } from '../i18n/lang';
import { RULES } from '../rules';
import { LiveFindings } from './liveFindings';
import { LiveLatency } from './liveLatency';
import { LiveLoad } from './liveLoad';
import { contextOf, rename, type Live, type Touched } from './liveState';

// A structural edit of a board being edited — components and edges coming and going — taken into
// the live state (`LiveAnalysis`) by patching it rather than building it again.

/** The structural edits of one update, made to the graph: what the live parts take in. */
export interface StructuralEdit {
  added: string[];
  removed: string[];
  /** The removed components as they were. */
  removedNodes: GraphNode[];
  /** Components (still on the board) whose edges changed. */
  ends: Set<string>;
  /** Whether a kind came onto the board or left it (`graph.hasKind`). */
  kindsChanged: boolean;
  /** The edges added, and whether any was removed. */
  addedEdges: BoardEdge[];
  edgesRemoved: boolean;
  /** Whether a component came in before the board's last one: the board's order is numbered again. */
  inserted: boolean;
}

/**
 * Patches the graph with the structural edits (`editGraph`). Returns what they touched; `null`
 * when one of them is a case only a rebuild gets right (a new component whose id is taken), with
 * the graph untouched; `'entries'` when where requests enter changed (everything downstream of
 * every entry moves: the rest is rebuilt on the patched graph).
 */
export function editStructure(live: Live, edits: readonly GraphEdit[]): StructuralEdit | 'entries' | null {
  const graph = live.graph;
  const edit: StructuralEdit = { added: [], removed: [], removedNodes: [], ends: new Set(), kindsChanged: false, addedEdges: [], edgesRemoved: false, inserted: false };
  if (edits.length === 0) return edit;
  let clientsCame = false;
  // A new component whose id is taken (and not freed in this edit) is a case for a rebuild.
  const freed = new Set(edits.flatMap((one) => (one.type === 'removeComponent' ? [one.id] : [])));
  const taken = new Set<string>();
  for (const one of edits) {
    if (one.type !== 'addComponent') continue;
    if ((live.ids.has(one.node.id) && !freed.has(one.node.id)) || taken.has(one.node.id)) return null;
    taken.add(one.node.id);
  }
  for (const one of edits) {
    if (one.type === 'addComponent') {
      edit.added.push(one.node.id);
    edit.inserted ||= one.place !== undefined;
      clientsCame ||= one.node.kind === 'client';
      edit.kindsChanged ||= !graph.hasKind(one.node.kind);
    } else if (one.type === 'removeComponent') {
      const node = graph.nodes.get(one.id);
      if (!node) continue;
      edit.removed.push(one.id);
      edit.removedNodes.push(node);
      clientsCame ||= node.kind === 'client';
      for (const e of graph.out.get(one.id) ?? []) edit.ends.add(e.to);
      for (const e of graph.in.get(one.id) ?? []) edit.ends.add(e.from);
    } else {
      edit.ends.add(one.edge.from);
      edit.ends.add(one.edge.to);
      if (one.type === 'addEdge') edit.addedEdges.push(one.edge);
      else edit.edgesRemoved = true;
    }
  }
  for (const one of edits) if (!editGraph(graph, one)) return null;
  for (const id of freed) live.ids.delete(id);
  for (const id of taken) live.ids.add(id);
  for (const node of edit.removedNodes) edit.kindsChanged ||= !graph.hasKind(node.kind);
  for (const id of edit.removed) edit.ends.delete(id);
  // Where requests enter: the clients, unchanged unless one came or went; otherwise found again.
  const entriesBefore = live.entries;
  const sameEntries = graph.hasKind('client') && !clientsCame && entriesBefore.length > 0 ? true : sameIds(entriesBefore, entries(graph).map((n) => n.id));
  return sameEntries ? edit : 'entries';
}

/**
 * Re-derives what the structural edits (already made to the graph) reach: the load from their
 * ends on (`LiveLoad.restructure`), the latency tails upstream of them (`LiveLatency.restructure`),
 * the request path's stages, the bill of what came, went or carries other traffic, and the findings.
 */
export function restructure(live: Live, board: Board, edit: StructuralEdit, lang: Lang): Touched {
  const { added, removed, ends } = edit;
  const renamed = new Set<string>();
  if (edit.inserted) {
    live.position.clear();
    for (const id of live.graph.nodes.keys()) live.position.set(id, live.position.size);
    live.nextPosition = live.position.size;
  } else for (const id of added) live.position.set(id, live.nextPosition++);
  for (const node of edit.removedNodes) rename(live.labels, node, '', renamed);
  for (const id of added) rename(live.labels, live.graph.nodes.get(id)!, live.graph.nodes.get(id)!.label, renamed, '');
  let loadChanged = live.load.restructure({ added, removed, ends });
  if (!loadChanged) {
    // The flow order changed (a cycle closed, new components reached): the load is found again
    // whole, and compared with the last so what follows stays as narrow as the edit.
    const before = live.load.load;
    live.load = new LiveLoad(live.graph, live.estimate);
    loadChanged = changedLoads(before, live.load.load);
  }
  if (!live.latency.restructure({ added, removed, ends })) live.latency = new LiveLatency(live.graph);
  // Edges of components off the request path and components off it coming or going change
  // neither the path nor its stages (the search behind both only goes on from the path).
  // An edge added between two components already on it leaves the path as it was.
  const nearPath = (path: { has(id: string): boolean }) =>
    removed.some((id) => path.has(id)) || (edit.edgesRemoved && [...ends].some((id) => path.has(id)))
    || edit.addedEdges.some((e) => e.kind !== 'replication' && path.has(e.from) && !path.has(e.to) && live.graph.nodes.has(e.to));
  if (nearPath(live.stageOf)) restage(live, ends);
  else mergeStages(live, edit.addedEdges, ends);
  const pathMoved = nearPath(live.ctx.requestPath);
  const repriced = live.cost.restructure(added, removed, edit.inserted);
  live.cost.update([...loadChanged, ...ends]);
  const pathBefore = live.ctx.requestPath;
  const memoBefore = live.memo;
  live.ctx = contextOf(live, board, lang, pathMoved ? undefined : pathBefore);
  // Board-wide facts the rules read: which kinds there are, the entries nothing calls (on a board
  // without clients they are alternatives to one another), the structure's memos (`structural`).
  const anchors = !edit.kindsChanged && live.graph.hasKind('client') ? reachOf(live, edit, pathBefore, memoBefore) : null;
  if (!anchors) {
    live.findings = new LiveFindings(live.graph, RULES, live.ctx);
    return 'all';
  }
  const touched = new Set<string>([...ends, ...added, ...removed, ...loadChanged, ...repriced]);
  live.findings.update({ props: new Map(), renamed, load: loadChanged, anchors, removed, reordered: edit.inserted }, live.ctx, touched);
  return touched;
}

/**
 * The components whose findings a structural edit can change: those within two edges of its ends
 * (no rule reads further: a cache's callers' callees, a node's callers' other callees), of the
 * components added, and of those whose place on the request path changed, and the members that
 * came or went of a set a rule keeps per structure (`ctx.structural`, computed again here). `null`
 * when a memo is not a set of ids, or was not asked for again: the findings are then found again.
 */
function reachOf(live: Live, edit: StructuralEdit, pathBefore: ReadonlySet<string>, memoBefore: ReadonlyMap<string, unknown>): Set<string> | null {
  const { graph, ctx } = live;
  // The memos the rules ask for, asked again on the edited board.
  for (const rule of RULES) if (rule.local) rule.check({ ...ctx, anchors: [] });
  if (live.memo.size !== memoBefore.size) return null;
  const anchors = new Set<string>();
  for (const [key, before] of memoBefore) {
    const after = live.memo.get(key);
    if (!(before instanceof Set) || !(after instanceof Set)) return null;
    for (const id of before) if (!after.has(id)) anchors.add(id);
    for (const id of after) if (!before.has(id)) anchors.add(id);
  }
  const centres = new Set<string>([...edit.ends, ...edit.added]);
  for (const id of pathBefore) if (!ctx.requestPath.has(id)) centres.add(id);
  for (const id of ctx.requestPath) if (!pathBefore.has(id)) centres.add(id);
  let ring = [...centres].filter((id) => graph.nodes.has(id));
  for (const id of ring) anchors.add(id);
  for (let step = 0; step < 2; step++) {
    const next: string[] = [];
    for (const id of ring) {
      const near = [...(graph.out.get(id) ?? []).map((e) => e.to), ...(graph.in.get(id) ?? []).map((e) => e.from)];
      for (const other of near) {
        if (anchors.has(other)) continue;
        anchors.add(other);
        next.push(other);
      }
    }
    ring = next;
  }
  for (const id of edit.removed) anchors.delete(id);
  return anchors;
}

/**
 * Brings the stages up to edges added between components already on the request path: a new
 * callee joins the stage of its caller's other callees of its kind (a balancer's: any backend),
 * so two stages may merge — stages only merge when edges are added. The availability of the
 * edges' ends (their redundancy counts replication edges) is computed again.
 */
function mergeStages(live: Live, edges: readonly BoardEdge[], ends: ReadonlySet<string>): void {
  const { graph, stageOf, downs, components } = live;
  const stages = live.stages.stages;
  let changed = false;
  for (const edge of edges) {
    const from = graph.nodes.get(edge.from);
    const to = graph.nodes.get(edge.to);
    if (!from || !to || !stageOf.has(from.id) || !stageOf.has(to.id)) continue;
    if (!requestTargets(graph, from).includes(to)) continue;
    const peer = requestTargets(graph, from).find((t) => t !== to && (from.kind === 'load-balancer' || t.kind === to.kind));
    if (!peer) continue;
    const a = stageOf.get(to.id)!;
    const b = stageOf.get(peer.id)!;
    if (a === b) continue;
    // The merged stage keeps the place of the one whose first component comes first on the board.
    const [keep, drop] = live.position.get(stages[a]![0]!)! < live.position.get(stages[b]![0]!)! ? [a, b] : [b, a];
    stages[keep] = [...stages[keep]!, ...stages[drop]!].sort((x, y) => live.position.get(x)! - live.position.get(y)!);
    stages.splice(drop, 1);
    downs.splice(drop, 1);
    const merged = keep > drop ? keep - 1 : keep;
    for (let i = Math.min(drop, merged); i < stages.length; i++) for (const id of stages[i]!) stageOf.set(id, i);
    downs[merged] = stageDowntime(stages[merged]!, components);
    changed = true;
  }
  for (const id of ends) {
    const stage = stageOf.get(id);
    if (stage === undefined) continue;
    const own = componentAvailability(graph, graph.nodes.get(id)!);
    if (Object.is(own, components[id])) continue;
    components[id] = own;
    downs[stage] = stageDowntime(stages[stage]!, components);
    changed = true;
  }
  if (changed) live.availability = stagesInSeries(stages, downs, components);
}

/** The request path's stages found again; each component's availability kept unless its redundancy can have changed (an end). */
function restage(live: Live, ends: ReadonlySet<string>): void {
  const graph = live.graph;
  const stages = requestStages(graph);
  // In place, as a props edit updates it: building a new 10,000-key record cost more than the stages.
  const components = live.components;
  const onPath = new Set(stages.path);
  for (const id of live.stages.path) if (!onPath.has(id)) delete components[id];
  for (const id of stages.path) if (!(id in components) || ends.has(id)) components[id] = componentAvailability(graph, graph.nodes.get(id)!);
  live.stages = stages;
  live.downs = stages.stages.map((nodes) => stageDowntime(nodes, components));
  live.stageOf = new Map();
  stages.stages.forEach((nodes, i) => nodes.forEach((id) => live.stageOf.set(id, i)));
  live.availability = stagesInSeries(stages.stages, live.downs, components);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The components whose load differs between two load maps, or is in only one. */
function changedLoads(before: LoadMap, after: LoadMap): Set<string> {
  const changed = new Set<string>();
  for (const id in before) {
    const a = before[id]!;
    const b = after[id];
    if (!b || !Object.is(a.qps, b.qps) || !Object.is(a.utilization, b.utilization)) changed.add(id);
  }
  for (const id in after) if (!(id in before)) changed.add(id);
  return changed;
}
