import { SEVERITIES, type BoardNode, type Finding, type LoadMap, type Severity, type Touched } from '@scaleboard/rules';

/** What the canvas shows on one node: its findings (worst first), its peak load and how many instances it runs. */
export interface NodeSummary {
  severity: Severity | null;
  /** Rule ids of the findings that name this node, worst first, without repeats (the badge says their titles in the reader's language). */
  rules: readonly string[];
  qps: number | null;
  utilization: number | null;
  /** The `instances` prop (the live document contract keeps it a whole number ≥ 1); 1 when unset. */
  instances: number;
  /** Cannot serve under the drill in play (the simulation's `failed`). */
  failed: boolean;
}

export const EMPTY_SUMMARY: NodeSummary = { severity: null, rules: [], qps: null, utilization: null, instances: 1, failed: false };

const NONE_FAILED: readonly string[] = [];

/** The nodes that run more than one instance, by id. */
function multiInstance(nodes: readonly BoardNode[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const node of nodes) {
    const instances = node.props.instances;
    if (typeof instances === 'number' && instances > 1) result.set(node.id, instances);
  }
  return result;
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/**
 * Per-node summaries of a report and the board's instance counts. A summary that did not change
 * keeps its identity, so only the nodes whose findings, load or instance count changed re-render
 * — an instance edit wakes one card, not xyflow's store (docs/BENCHMARKS.md).
 *
 * @example summarise(findings, load, nodes, previous).get('cache')?.severity // 'warning'
 */
export function summarise(
  findings: readonly Finding[],
  load: LoadMap,
  nodes: readonly BoardNode[],
  previous: ReadonlyMap<string, NodeSummary> = new Map(),
  failed: readonly string[] = NONE_FAILED,
): Map<string, NodeSummary> {
  const byNode = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of new Set(finding.nodes)) {
      const list = byNode.get(id);
      if (list) list.push(finding);
      else byNode.set(id, [finding]);
    }
  }
  const instances = multiInstance(nodes);
  const down = new Set(failed);
  const ids = new Set([...byNode.keys(), ...Object.keys(load), ...instances.keys(), ...down]);
  const result = new Map<string, NodeSummary>();
  for (const id of ids) result.set(id, summaryOf(id, byNode.get(id), load, instances.get(id), down.has(id), previous.get(id)));
  return result;
}

/** One node's summary; the one it had before when nothing in it changed. */
function summaryOf(id: string, findings: readonly Finding[] = [], load: LoadMap, instances = 1, failed = false, before?: NodeSummary): NodeSummary {
  const list = findings.slice().sort((a, b) => rank(a.severity) - rank(b.severity));
  const next: NodeSummary = {
    severity: list[0]?.severity ?? null,
    rules: [...new Set(list.map((f) => f.rule))],
    qps: load[id]?.qps ?? null,
    utilization: load[id]?.utilization ?? null,
    instances,
    failed,
  };
  return before && same(before, next) ? before : next;
}

/**
 * `summarise` redone only for the nodes in `touched` (what the live analysis says its last update
 * can have changed), the rest kept from `previous`: equal to `summarise` over the whole report
 * when `previous` was summarised from the report just before, at one pass over the findings and
 * the node list instead of a summary built per node (about 30 ms an edit at 10,000 components).
 * For the board as drawn only: nothing is marked failed (a drill's report is summarised whole).
 *
 * @example patchSummaries(findings, load, nodes, previous, new Set(['web1'])).get('web1')?.instances // 3
 */
export function patchSummaries(
  findings: readonly Finding[],
  load: LoadMap,
  nodes: readonly BoardNode[],
  previous: ReadonlyMap<string, NodeSummary>,
  touched: ReadonlySet<string>,
): Map<string, NodeSummary> {
  const result = new Map(previous);
  if (touched.size === 0) return result;
  const byNode = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of new Set(finding.nodes)) {
      if (!touched.has(id)) continue;
      const list = byNode.get(id);
      if (list) list.push(finding);
      else byNode.set(id, [finding]);
    }
  }
  const instances = new Map<string, number>();
  for (const node of nodes) {
    const count = node.props.instances;
    if (touched.has(node.id) && typeof count === 'number' && count > 1) instances.set(node.id, count);
  }
  for (const id of touched) {
    if (!byNode.has(id) && !(id in load) && !instances.has(id)) result.delete(id);
    else result.set(id, summaryOf(id, byNode.get(id), load, instances.get(id), false, previous.get(id)));
  }
  return result;
}

/** What the canvas last summarised: the analysis's version and whether the load overlay was on. */
export interface SummarisedFrom {
  version: number;
  showLoad: boolean;
}

/**
 * The nodes whose summaries can differ from those last shown (`before`), or undefined when every
 * node must be summarised again: `analysis` was updated from another version than the one shown, the
 * overlay switched, or the analysis is a fresh one (basis -1: a document's first, a new language's,
 * a drill's). A fresh analysis's `touched` says what changed since the board it was made with —
 * nothing, when the document was already loaded at its first read — not since anything shown.
 *
 * @example touchedSince({ version: 4, basis: 3, touched: new Set(['web']) }, { version: 3, showLoad: false }, false) // Set { 'web' }
 */
export function touchedSince(analysis: { version: number; basis: number; touched: Touched }, before: SummarisedFrom, showLoad: boolean): ReadonlySet<string> | undefined {
  if (analysis.basis < 0 || analysis.touched === 'all' || analysis.basis !== before.version || before.showLoad !== showLoad) return undefined;
  return analysis.touched;
}

const NO_LOAD: LoadMap = {};

/**
 * The summaries the canvas shows: with the load only while the load overlay is on. Without it the
 * canvas shows no load, so a change of load alone (what most property edits cause) keeps every
 * summary's identity and wakes no node — each woken node makes React visit all the siblings in
 * xyflow's node and edge lists, about 2 ms an edit on a 1,000-component board (docs/BENCHMARKS.md).
 *
 * Given `touched` (the nodes that can differ from the report `previous` was summarised from, with
 * the overlay as it is now), only those are summarised again (`patchSummaries`).
 *
 * @example shownSummaries(report, false, previous).get('web')?.qps // null
 */
export function shownSummaries(
  report: { findings: readonly Finding[]; load: LoadMap; board: { nodes: readonly BoardNode[] }; failed?: readonly string[] },
  showLoad: boolean,
  previous?: ReadonlyMap<string, NodeSummary>,
  touched?: ReadonlySet<string>,
): Map<string, NodeSummary> {
  const load = showLoad ? report.load : NO_LOAD;
  const failed = report.failed ?? NONE_FAILED;
  if (previous && touched && failed.length === 0) return patchSummaries(report.findings, load, report.board.nodes, previous, touched);
  return summarise(report.findings, load, report.board.nodes, previous, failed);
}

function same(a: NodeSummary, b: NodeSummary): boolean {
  return a.severity === b.severity && a.failed === b.failed && a.instances === b.instances && a.qps === b.qps && a.utilization === b.utilization && a.rules.length === b.rules.length && a.rules.every((r, i) => r === b.rules[i]);
}
