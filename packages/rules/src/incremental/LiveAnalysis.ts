import {
  componentAvailability,
  requestTargets,
  requestStages,
  stageDowntime,
  stagesInSeries,
  type AvailabilityReport,
  type RequestStages,
} from '../availability/availability';
import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import { estimate, type Estimate } from '../estimate/estimate';
import type { LoadMap, RuleContext } from '../findings/finding';
import { buildGraph, editGraph, type BoardGraph, type GraphEdit, type GraphNode } from '../graph/boardGraph';
import { entries, requestPath } from '../graph/paths';
import { namesOver } from '../i18n/componentNames';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import type { Report, ReportOptions } from '../report';
import { RULES } from '../rules';
import { boardChange, type BoardChange } from './boardChange';
import { LiveCost } from './liveCost';
import { LiveFindings } from './liveFindings';
import { LiveLatency } from './liveLatency';
import { LiveLoad } from './liveLoad';

/** What `reportWithAvailability` returns, kept live. */
export interface LiveReport extends Report {
  availability: AvailabilityReport;
}

/**
 * The components whose findings, load or props may differ from the previous report: `'all'` after
 * a rebuild. What a view of per-component marks (badges, load) needs to redo.
 */
export type Touched = ReadonlySet<string> | 'all';

const NONE: ReadonlySet<string> = new Set();

/** Props the availability model reads of a component. */
const AVAILABILITY_PROPS = ['availability', 'instances', 'replicas'];
/** Props the latency model reads of a component (`latencyOfGraph`: its own latency, a cache's or CDN's misses). */
const LATENCY_PROPS = ['latencyMs', 'hitRatio'];

/** Everything built from one structure of the board, kept while only props and labels change. */
interface Live {
  graph: BoardGraph;
  /** Where requests enter (`entries`), by id. */
  entries: string[];
  estimate: Estimate;
  load: LiveLoad;
  stages: RequestStages;
  /** Each stage's `stageDowntime`, and the stage of each component on the request path. */
  downs: number[];
  stageOf: Map<string, number>;
  components: Record<string, number>;
  availability: AvailabilityReport;
  latency: LiveLatency;
  cost: LiveCost;
  findings: LiveFindings;
  /** What the rules keep per structure (`ctx.structural`), by key. */
  memo: Map<string, unknown>;
  /** Component ids by trimmed label, for naming (`componentNames`). */
  labels: Map<string, Set<string>>;
  ctx: RuleContext;
}

/** The structural edits of one update, made to the graph: what the live parts take in. */
interface StructuralEdit {
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
}

/**
 * The rules' report on a board being edited, updated by what each edit changed instead of
 * recomputed: `update(board)` compares the new board with the last one element by element (the
 * web's reader keeps untouched nodes and edges the same objects, so this is a pointer comparison
 * for most of the board) and
 * - when nothing the rules read changed (a move, a title), returns the same report;
 * - when props or labels of components changed, patches the graph in place and re-derives only
 *   the loads downstream of them (`LiveLoad`), the availability of their stages, the latency tails
 *   of them and upstream (`LiveLatency`), their bill and the total (`LiveCost`), and the findings
 *   anchored where the rules' declared reach (`RuleLocality`) says they can change;
 * - when components were added at the end or removed, or edges added at the end or removed
 *   (`boardChange`), patches the graph in place (`editGraph`) and re-derives what the edit's ends
 *   reach: the load (`LiveLoad.restructure`), the latency tails (`LiveLatency.restructure`), the
 *   request stages (kept, merged in place for an edge between two components on the request path,
 *   or found again), the bill, and the findings within two edges of the ends or whose place on the
 *   request path changed;
 * - otherwise (a kind or group changed, groups or notes came or went, the assumptions changed, a
 *   client came or went), rebuilds everything, as `report` would.
 *
 * `update(board)` always returns what `reportWithAvailability(board)` returns (a property test
 * over random edit sequences holds it to that, numbers to the last bit). One difference: an edit
 * updates the `load`, `availability.components`, `latency.perNode` and `cost.perNode` maps in place
 * (copying 10,000 entries cost more than the rest of an edit), so a caller that keeps an older
 * report copies those first.
 * Pure: it holds state, but reads nothing outside its arguments.
 *
 * @example
 * const live = new LiveAnalysis(board, { lang: 'ko' });
 * const { findings, load } = live.update(editedBoard);
 */
export class LiveAnalysis {
  private board: Board;
  private live: Live;
  private current: LiveReport;
  private lastTouched: Touched = 'all';
  /** The language its findings are said in. */
  readonly lang: Lang;
  /** A board that repeats a node id is rebuilt on every edit (see `boardChange`). */
  private repeatedIds = false;
  /** Each component's place in the board's order (the graph's); one added comes last. */
  private position = new Map<string, number>();
  private nextPosition = 0;
  /** The ids of the board's nodes (groups and notes included). */
  private ids = new Set<string>();

  constructor(board: Board, { lang = DEFAULT_LANG }: ReportOptions = {}) {
    this.lang = lang;
    this.board = board;
    this.live = this.build(board);
    this.current = this.reportOf(this.live);
  }

  /** The report of the board last given. */
  get report(): LiveReport {
    return this.current;
  }

  /**
   * Which components the last `update` can have changed the findings, load or props of.
   *
   * @example live.update(board); live.touched // Set { 'web1', 'lb' } after an instances edit
   */
  get touched(): Touched {
    return this.lastTouched;
  }

  /**
   * Brings the report up to `board`, the next state of the board it was built on (any board works;
   * one unrelated to the last just costs a rebuild).
   *
   * @example live.update(boardReader.read()).findings
   */
  update(board: Board): LiveReport {
    this.lastTouched = NONE;
    if (board === this.board) return this.current;
    const change: BoardChange = this.repeatedIds ? 'structure' : boardChange(this.board, board);
    this.board = board;
    const edited = change === 'structure' ? null : this.editStructure(change.structure);
    if (change === 'structure' || !edited) {
      this.lastTouched = 'all';
      this.live = this.build(board);
      this.current = this.reportOf(this.live);
      return this.current;
    }
    if (edited === 'entries') {
      this.lastTouched = 'all';
      this.live = this.build(board, this.live.graph);
      this.current = this.reportOf(this.live);
    } else if (change.structure.length > 0) this.restructure(board, edited);
    this.live.ctx = { ...this.live.ctx, board };
    if (change.props.size > 0) this.apply(change.props);
    return this.current;
  }

  /**
   * Patches the graph with the structural edits (`editGraph`). Returns what they touched; `null`
   * when one of them is a case only a rebuild gets right (a new component whose id is taken), with
   * the graph untouched; `'entries'` when where requests enter changed (everything downstream of
   * every entry moves: the rest is rebuilt on the patched graph).
   */
  private editStructure(edits: readonly GraphEdit[]): StructuralEdit | 'entries' | null {
    const graph = this.live.graph;
    const edit: StructuralEdit = { added: [], removed: [], removedNodes: [], ends: new Set(), kindsChanged: false, addedEdges: [], edgesRemoved: false };
    if (edits.length === 0) return edit;
    let clientsCame = false;
    // A new component whose id is taken (and not freed in this edit) is a case for a rebuild.
    const freed = new Set(edits.flatMap((one) => (one.type === 'removeComponent' ? [one.id] : [])));
    const taken = new Set<string>();
    for (const one of edits) {
      if (one.type !== 'addComponent') continue;
      if ((this.ids.has(one.node.id) && !freed.has(one.node.id)) || taken.has(one.node.id)) return null;
      taken.add(one.node.id);
    }
    for (const one of edits) {
      if (one.type === 'addComponent') {
        edit.added.push(one.node.id);
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
    for (const id of freed) this.ids.delete(id);
    for (const id of taken) this.ids.add(id);
    for (const node of edit.removedNodes) edit.kindsChanged ||= !graph.hasKind(node.kind);
    for (const id of edit.removed) edit.ends.delete(id);
    // Where requests enter: the clients, unchanged unless one came or went; otherwise found again.
    const entriesBefore = this.live.entries;
    const sameEntries = graph.hasKind('client') && !clientsCame && entriesBefore.length > 0 ? true : sameIds(entriesBefore, entries(graph).map((n) => n.id));
    return sameEntries ? edit : 'entries';
  }

  /**
   * Re-derives what the structural edits (already made to the graph) reach: the load from their
   * ends on (`LiveLoad.restructure`), the latency tails upstream of them (`LiveLatency.restructure`),
   * the request path's stages, the bill of what came, went or carries other traffic, and the findings.
   */
  private restructure(board: Board, edit: StructuralEdit): void {
    const live = this.live;
    const { added, removed, ends } = edit;
    const renamed = new Set<string>();
    for (const id of added) this.position.set(id, this.nextPosition++);
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
    if (nearPath(live.stageOf)) this.restage(ends);
    else this.mergeStages(edit.addedEdges, ends);
    const pathMoved = nearPath(live.ctx.requestPath);
    const repriced = live.cost.restructure(added, removed);
    live.cost.update([...loadChanged, ...ends]);
    const pathBefore = live.ctx.requestPath;
    const memoBefore = live.memo;
    live.ctx = this.contextOf(live, board, pathMoved ? undefined : pathBefore);
    // Board-wide facts the rules read: which kinds there are, the entries nothing calls (on a board
    // without clients they are alternatives to one another), the structure's memos (`structural`).
    const anchors = !edit.kindsChanged && live.graph.hasKind('client') ? this.reachOf(edit, pathBefore, memoBefore) : null;
    if (!anchors) {
      live.findings = new LiveFindings(live.graph, RULES, live.ctx);
      this.lastTouched = 'all';
    } else {
      const touched = new Set<string>([...ends, ...added, ...removed, ...loadChanged, ...repriced]);
      live.findings.update({ props: new Map(), renamed, load: loadChanged, anchors, removed }, live.ctx, touched);
      this.lastTouched = touched;
    }
    this.current = this.reportOf(live);
  }

  /**
   * The components whose findings a structural edit can change: those within two edges of its ends
   * (no rule reads further: a cache's callers' callees, a node's callers' other callees), of the
   * components added, and of those whose place on the request path changed, and the members that
   * came or went of a set a rule keeps per structure (`ctx.structural`, computed again here). `null`
   * when a memo is not a set of ids, or was not asked for again: the findings are then found again.
   */
  private reachOf(edit: StructuralEdit, pathBefore: ReadonlySet<string>, memoBefore: ReadonlyMap<string, unknown>): Set<string> | null {
    const live = this.live;
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
  private mergeStages(edges: readonly BoardEdge[], ends: ReadonlySet<string>): void {
    const live = this.live;
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
      const [keep, drop] = this.position.get(stages[a]![0]!)! < this.position.get(stages[b]![0]!)! ? [a, b] : [b, a];
      stages[keep] = [...stages[keep]!, ...stages[drop]!].sort((x, y) => this.position.get(x)! - this.position.get(y)!);
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
  private restage(ends: ReadonlySet<string>): void {
    const live = this.live;
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

  private build(board: Board, patched?: BoardGraph): Live {
    this.ids = new Set(board.nodes.map((node) => node.id));
    this.repeatedIds = this.ids.size !== board.nodes.length;
    const graph = patched ?? buildGraph(board);
    this.position = new Map();
    this.nextPosition = 0;
    for (const id of graph.nodes.keys()) this.position.set(id, this.nextPosition++);
    const est = estimate(board.assumptions);
    const load = new LiveLoad(graph, est);
    const stages = requestStages(graph);
    const components: Record<string, number> = {};
    for (const id of stages.path) components[id] = componentAvailability(graph, graph.nodes.get(id)!);
    const downs = stages.stages.map((nodes) => stageDowntime(nodes, components));
    const stageOf = new Map<string, number>();
    stages.stages.forEach((nodes, i) => nodes.forEach((id) => stageOf.set(id, i)));
    const availability = stagesInSeries(stages.stages, downs, components);
    const labels = new Map<string, Set<string>>();
    for (const node of graph.nodes.values()) addLabel(labels, node);
    const latency = new LiveLatency(graph);
    const live: Live = { graph, entries: entries(graph).map((n) => n.id), estimate: est, load, stages, downs, stageOf, components, availability, latency, cost: undefined as unknown as LiveCost, memo: new Map(), labels, findings: undefined as unknown as LiveFindings, ctx: undefined as unknown as RuleContext };
    live.cost = new LiveCost(graph, est, () => live.load.load);
    live.ctx = this.contextOf(live, board);
    live.findings = new LiveFindings(graph, RULES, live.ctx);
    return live;
  }

  /** What the rules read of a board, over the live state (the structure's memos start empty). */
  private contextOf(live: Live, board: Board, path?: ReadonlySet<string>): RuleContext {
    const { graph, labels } = live;
    const memo = new Map<string, unknown>();
    live.memo = memo;
    return {
      board,
      graph,
      lang: this.lang,
      names: namesOver(graph.nodes, (label) => labels.get(label)?.size ?? 0, this.lang),
      requestPath: path ?? requestPath(graph),
      load: () => live.load.load,
      availability: () => live.availability,
      latency: () => live.latency.latency,
      anchors: { [Symbol.iterator]: () => graph.nodes.values() },
      structural: <T>(key: string, compute: () => T): T => {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
    };
  }

  /** Patches the graph's nodes in place with their new props and labels, then re-derives what they reach. */
  private apply(change: ReadonlyMap<string, BoardNode>): void {
    const live = this.live;
    const props = new Map<string, Set<string>>();
    const renamed = new Set<string>();
    for (const node of change.values()) {
      const graphNode = live.graph.nodes.get(node.id)!;
      if (node.label !== graphNode.label) rename(live.labels, graphNode, node.label, renamed);
      const changedProps = patchProps(graphNode, node);
      if (changedProps.size > 0) props.set(node.id, changedProps);
    }
    const loadChanged = props.size > 0 ? live.load.update(new Set(props.keys())) : new Set<string>();
    const availabilityChanged = this.updateAvailability(props);
    const latencyChanged = this.updateLatency(props);
    const costChanged = props.size > 0 && live.cost.update(new Set([...props.keys(), ...loadChanged]));
    // Every node edited, not only those whose resolved props changed: a view may show a raw prop (`instances` on a client).
    const touched = new Set<string>([...change.keys(), ...loadChanged]);
    const findingsChanged = live.findings.update({ props, renamed, load: loadChanged }, live.ctx, touched);
    this.lastTouched = touched;
    if (loadChanged.size > 0 || availabilityChanged || latencyChanged || costChanged || findingsChanged) this.current = this.reportOf(live);
  }

  /** Recomputes the stages holding components whose availability props changed; `components` is updated in place. */
  private updateAvailability(props: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const live = this.live;
    const stages = new Set<number>();
    for (const [id, changed] of props) {
      const stage = live.stageOf.get(id);
      if (stage === undefined || !AVAILABILITY_PROPS.some((prop) => changed.has(prop))) continue;
      const own = componentAvailability(live.graph, live.graph.nodes.get(id)!);
      if (Object.is(own, live.components[id])) continue;
      live.components[id] = own;
      stages.add(stage);
    }
    if (stages.size === 0) return false;
    for (const stage of stages) live.downs[stage] = stageDowntime(live.stages.stages[stage]!, live.components);
    live.availability = stagesInSeries(live.stages.stages, live.downs, live.components);
    return true;
  }

  /** Re-merges the slowest tails of the components whose `latencyMs` or `hitRatio` changed and of those upstream of them. */
  private updateLatency(props: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const changed = [...props].filter(([, names]) => LATENCY_PROPS.some((prop) => names.has(prop))).map(([id]) => id);
    return changed.length > 0 && this.live.latency.update(changed);
  }

  private reportOf(live: Live): LiveReport {
    return { findings: live.findings.findings, estimate: live.estimate, load: live.load.load, latency: live.latency.latency, cost: live.cost.cost, availability: live.availability };
  }
}

function addLabel(labels: Map<string, Set<string>>, node: GraphNode): void {
  const label = node.label.trim();
  if (!label) return;
  const ids = labels.get(label);
  if (ids) ids.add(node.id);
  else labels.set(label, new Set([node.id]));
}

/**
 * Changes a component's label and notes whose names read differently: its own, and those of the
 * components that share the old or the new label when that label goes from one user to several or
 * back (`componentNames` adds the kind to repeated labels).
 */
function rename(labels: Map<string, Set<string>>, node: GraphNode, label: string, renamed: Set<string>, from = node.label): void {
  const before = from.trim();
  const after = label.trim();
  renamed.add(node.id);
  if (before) {
    const ids = labels.get(before)!;
    ids.delete(node.id);
    if (ids.size === 0) labels.delete(before);
    else if (ids.size === 1) for (const id of ids) renamed.add(id);
  }
  node.label = label;
  addLabel(labels, node);
  const sharing = after ? labels.get(after) : undefined;
  if (sharing && sharing.size === 2) for (const id of sharing) renamed.add(id);
}

/** Resolves a component's new props into its graph node; returns the names of those that changed. */
function patchProps(graphNode: GraphNode, node: BoardNode): Set<string> {
  const next = resolveProps(node.kind, node.props);
  const changed = new Set<string>();
  for (const key of Object.keys(next)) if (!Object.is(next[key], graphNode.props[key])) changed.add(key);
  if (changed.size > 0) {
    graphNode.props = next;
    graphNode.instances = typeof next.instances === 'number' ? next.instances : 1;
  }
  return changed;
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
