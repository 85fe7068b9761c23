import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import type { LoadMap } from '../findings/finding';
import { editGraph, type GraphEdit, type GraphNode, type Place } from '../graph/boardGraph';
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
  /** Whether a component came in before the board's last one, and where each such one came. */
  inserted: boolean;
  placed: Map<string, Place<BoardNode>>;
  /** The far ends of the edges that went (a removed component's included), and the near ends of those that came. */
  lostWays: Set<string>;
  newWays: Set<string>;
}

/**
 * Patches the graph with the structural edits (`editGraph`). Returns what they touched; `null`
 * when one of them is a case only a rebuild gets right (a new component whose id is taken), with
 * the graph untouched; `'entries'` when where requests enter changed (everything downstream of
 * every entry moves: the rest is rebuilt on the patched graph).
 */
export function editStructure(live: Live, edits: readonly GraphEdit[]): StructuralEdit | 'entries' | null {
  const graph = live.graph;
  const edit: StructuralEdit = { added: [], removed: [], removedNodes: [], ends: new Set(), kindsChanged: false, addedEdges: [], edgesRemoved: false, inserted: false, placed: new Map(), lostWays: new Set(), newWays: new Set() };
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
      if (one.place) {
        edit.inserted = true;
        edit.placed.set(one.node.id, one.place);
      }
      clientsCame ||= one.node.kind === 'client';
      edit.kindsChanged ||= !graph.hasKind(one.node.kind);
    } else if (one.type === 'removeComponent') {
      const node = graph.nodes.get(one.id);
      if (!node) continue;
      edit.removed.push(one.id);
      edit.removedNodes.push(node);
      clientsCame ||= node.kind === 'client';
      for (const e of graph.out.get(one.id) ?? []) {
        edit.ends.add(e.to);
        edit.lostWays.add(e.to);
      }
      for (const e of graph.in.get(one.id) ?? []) edit.ends.add(e.from);
    } else {
      edit.ends.add(one.edge.from);
      edit.ends.add(one.edge.to);
      if (one.type === 'addEdge') {
        edit.addedEdges.push(one.edge);
        edit.newWays.add(one.edge.from);
      } else {
        edit.edgesRemoved = true;
        edit.lostWays.add(one.edge.to);
      }
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
  for (const id of added) {
    const place = edit.placed.get(id);
    const at = place ? between(live.position, place) : live.nextPosition++;
    if (at !== undefined) {
      live.position.set(id, at);
      continue;
    }
    // Too far from a numbered neighbour, or no room left between two: numbered again.
    live.position.clear();
    for (const other of live.graph.nodes.keys()) live.position.set(other, live.position.size);
    live.nextPosition = live.position.size;
    break;
  }
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
  // The request path, its stages and the rules' reaches: each searched again only where the edit reaches.
  const reachEdit = { added, removed, lostWays: edit.lostWays, newWays: edit.newWays };
  const path = live.path.update(reachEdit);
  const pathMoved = [...path.came, ...path.went];
  live.stages.restructure(reachEdit, ends);
  const reachMoved: string[] = [];
  for (const reach of live.reaches.values()) {
    const { came, went } = reach.update(reachEdit);
    reachMoved.push(...came, ...went);
  }
  const repriced = live.cost.restructure(added, removed, edit.inserted);
  live.cost.update([...loadChanged, ...ends]);
  const memoBefore = live.memo;
  const reachesBefore = live.reaches.size;
  live.ctx = contextOf(live, board, lang);
  // Board-wide facts the rules read: which kinds there are, the entries nothing calls (on a board
  // without clients they are alternatives to one another), the structure's memos (`structural`).
  const anchors = !edit.kindsChanged && live.graph.hasKind('client') ? reachOf(live, edit, [...pathMoved, ...reachMoved], memoBefore, reachesBefore) : null;
  if (!anchors) {
    live.findings = new LiveFindings(live.graph, RULES, live.ctx, live.position);
    return 'all';
  }
  const touched = new Set<string>([...ends, ...added, ...removed, ...loadChanged, ...repriced]);
  live.findings.update({ props: new Map(), renamed, load: loadChanged, anchors, removed }, live.ctx, touched);
  return touched;
}

/**
 * The components whose findings a structural edit can change: its ends and their neighbours (a rule
 * reads the edges of its anchor and of the anchor's neighbours: a cache's callers' callees), the
 * components added, those within two edges of the components whose place on the request path changed (`moved`, with the
 * members that came or went of the rules' reaches, `ctx.reachableFrom`), and the members that came
 * or went of a set a rule keeps per structure (`ctx.structural`, computed again here). `null` when
 * a memo is not a set of ids, or a memo or reach was asked for first now: the findings are then
 * found again.
 */
function reachOf(live: Live, edit: StructuralEdit, moved: readonly string[], memoBefore: ReadonlyMap<string, unknown>, reachesBefore: number): Set<string> | null {
  const { graph, ctx } = live;
  // The memos the rules ask for, asked again on the edited board.
  if (memoBefore.size > 0 || live.reaches.size > 0) for (const rule of RULES) if (rule.local) rule.check({ ...ctx, anchors: [] });
  if (live.memo.size !== memoBefore.size || live.reaches.size !== reachesBefore) return null;
  const anchors = new Set<string>();
  for (const [key, before] of memoBefore) {
    const after = live.memo.get(key);
    if (!(before instanceof Set) || !(after instanceof Set)) return null;
    for (const id of before) if (!after.has(id)) anchors.add(id);
    for (const id of after) if (!before.has(id)) anchors.add(id);
  }
  // A rule reads the edges of its anchor and of the anchor's neighbours: an edge list changed only
  // at the ends, so their neighbours are the reach. Its place on the request path it reads two edges
  // out: around the components that came onto the path or left it (or a reach), two edges.
  const near = (id: string, into: (other: string) => void) => {
    for (const e of graph.out.get(id) ?? []) into(e.to);
    for (const e of graph.in.get(id) ?? []) into(e.from);
  };
  for (const id of [...edit.ends, ...edit.added]) {
    if (!graph.nodes.has(id)) continue;
    anchors.add(id);
    near(id, (other) => anchors.add(other));
  }
  const within = new Set<string>();
  let ring = moved.filter((id) => graph.nodes.has(id));
  for (const id of ring) within.add(id);
  for (let step = 0; step < 2; step++) {
    const next: string[] = [];
    for (const id of ring) {
      near(id, (other) => {
        if (within.has(other)) return;
        within.add(other);
        next.push(other);
      });
    }
    ring = next;
  }
  for (const id of within) anchors.add(id);
  for (const id of edit.removed) anchors.delete(id);
  return anchors;
}

/**
 * A place for a component that came in between two on the board: halfway between the numbers of the
 * components around it (places are only compared), so the others keep theirs. `undefined` when none
 * is near enough or no room is left between the two.
 */
function between(position: ReadonlyMap<string, number>, place: Place<BoardNode>): number | undefined {
  const near = (step: 1 | -1): number | null | undefined => {
    for (let k = place.index + step, n = 0; n < 8; k += step, n++) {
      if (k < 0 || k >= place.list.length) return null;
      const at = position.get(place.list[k]!.id);
      if (at !== undefined) return at;
    }
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  if (before === undefined || after === undefined) return undefined;
  const low = before ?? (after ?? 0) - 1;
  const high = after ?? low + 1;
  const at = (low + high) / 2;
  return at > low && at < high ? at : undefined;
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
