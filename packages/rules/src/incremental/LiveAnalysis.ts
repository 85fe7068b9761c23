import type { Board, BoardNode } from '../boardSchema';
import { resolveProps } from '../catalogue/resolveProps';
import { estimate } from '../estimate/estimate';
import type { RuleContext } from '../findings/finding';
import { buildGraph, type BoardGraph, type GraphNode } from '../graph/boardGraph';
import { entries } from '../graph/paths';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import type { ReportOptions } from '../report';
import { RULES } from '../rules';
import { boardChange, type BoardChange } from './boardChange';
import { LiveCost } from './liveCost';
import { LiveFindings } from './liveFindings';
import { LiveLatency } from './liveLatency';
import { LiveLoad } from './liveLoad';
import { alongEdges, LiveReach } from './liveReach';
import { LiveStages } from './liveStages';
import { addLabel, contextOf, rename, reportOf, type Live, type LiveReport, type Touched } from './liveState';
import { editStructure, restructure } from './structuralEdit';

export type { LiveReport, Touched } from './liveState';

const NONE: ReadonlySet<string> = new Set();

/** Props the latency model reads of a component (`latencyOfGraph`: its own latency, a cache's or CDN's misses). */
const LATENCY_PROPS = ['latencyMs', 'hitRatio'];

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
 * - when components or edges were added (anywhere on the board) or removed
 *   (`boardChange`), patches the graph in place (`editGraph`) and re-derives what the edit's ends
 *   reach: the load (`LiveLoad.restructure`, the flow order kept or spliced), the latency tails
 *   (`LiveLatency.restructure`), the request path and the rules' reaches (`LiveReach`), the stages
 *   the edit can split or merge (`LiveStages`), the bill, and the findings of the ends and their
 *   neighbours and within two edges of the components whose place on the request path changed;
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

  constructor(board: Board, { lang = DEFAULT_LANG }: ReportOptions = {}) {
    this.lang = lang;
    this.board = board;
    this.live = this.build(board);
    this.current = reportOf(this.live);
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
    const edited = change === 'structure' ? null : editStructure(this.live, change.structure);
    if (change === 'structure' || !edited) {
      this.lastTouched = 'all';
      this.live = this.build(board);
      this.current = reportOf(this.live);
      return this.current;
    }
    if (edited === 'entries') {
      this.lastTouched = 'all';
      this.live = this.build(board, this.live.graph);
      this.current = reportOf(this.live);
    } else if (change.structure.length > 0) {
      this.lastTouched = restructure(this.live, board, edited, this.lang);
      this.current = reportOf(this.live);
    }
    this.live.ctx = { ...this.live.ctx, board };
    if (change.props.size > 0) this.apply(change.props);
    return this.current;
  }


  private build(board: Board, patched?: BoardGraph): Live {
    const ids = new Set(board.nodes.map((node) => node.id));
    this.repeatedIds = ids.size !== board.nodes.length;
    const graph = patched ?? buildGraph(board);
    const position = new Map<string, number>();
    for (const id of graph.nodes.keys()) position.set(id, position.size);
    const est = estimate(board.assumptions);
    const load = new LiveLoad(graph, est);
    const labels = new Map<string, Set<string>>();
    for (const node of graph.nodes.values()) addLabel(labels, node);
    const latency = new LiveLatency(graph);
    const entryIds = entries(graph).map((n) => n.id);
    const starts = new Set(entryIds);
    const path = new LiveReach(graph, alongEdges((node) => starts.has(node.id), ['sync', 'async']));
    const stages = new LiveStages(graph, entryIds, position);
    const live: Live = { graph, entries: entryIds, estimate: est, load, path, stages, latency, cost: undefined as unknown as LiveCost, memo: new Map(), reaches: new Map(), labels, findings: undefined as unknown as LiveFindings, ctx: undefined as unknown as RuleContext, position, nextPosition: position.size, ids };
    live.cost = new LiveCost(graph, est, () => live.load.load);
    live.ctx = contextOf(live, board, this.lang);
    live.findings = new LiveFindings(graph, RULES, live.ctx, position);
    return live;
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
    const availabilityChanged = live.stages.update(props);
    const latencyChanged = this.updateLatency(props);
    const costChanged = props.size > 0 && live.cost.update(new Set([...props.keys(), ...loadChanged]));
    // Every node edited, not only those whose resolved props changed: a view may show a raw prop (`instances` on a client).
    const touched = new Set<string>([...change.keys(), ...loadChanged]);
    const findingsChanged = live.findings.update({ props, renamed, load: loadChanged }, live.ctx, touched);
    this.lastTouched = touched;
    if (loadChanged.size > 0 || availabilityChanged || latencyChanged || costChanged || findingsChanged) this.current = reportOf(live);
  }

  /** Re-merges the slowest tails of the components whose `latencyMs` or `hitRatio` changed and of those upstream of them. */
  private updateLatency(props: ReadonlyMap<string, ReadonlySet<string>>): boolean {
    const changed = [...props].filter(([, names]) => LATENCY_PROPS.some((prop) => names.has(prop))).map(([id]) => id);
    return changed.length > 0 && this.live.latency.update(changed);
  }

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

