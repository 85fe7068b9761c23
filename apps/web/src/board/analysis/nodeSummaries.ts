import { SEVERITIES, type BoardNode, type Finding, type LoadMap, type Severity } from '@scaleboard/rules';

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
  for (const id of ids) {
    const list = (byNode.get(id) ?? []).slice().sort((a, b) => rank(a.severity) - rank(b.severity));
    const next: NodeSummary = {
      severity: list[0]?.severity ?? null,
      rules: [...new Set(list.map((f) => f.rule))],
      qps: load[id]?.qps ?? null,
      utilization: load[id]?.utilization ?? null,
      instances: instances.get(id) ?? 1,
      failed: down.has(id),
    };
    const before = previous.get(id);
    result.set(id, before && same(before, next) ? before : next);
  }
  return result;
}

const NO_LOAD: LoadMap = {};

/**
 * The summaries the canvas shows: with the load only while the load overlay is on. Without it the
 * canvas shows no load, so a change of load alone (what most property edits cause) keeps every
 * summary's identity and wakes no node — each woken node makes React visit all the siblings in
 * xyflow's node and edge lists, about 2 ms an edit on a 1,000-component board (docs/BENCHMARKS.md).
 *
 * @example shownSummaries(report, false, previous).get('web')?.qps // null
 */
export function shownSummaries(
  report: { findings: readonly Finding[]; load: LoadMap; board: { nodes: readonly BoardNode[] }; failed?: readonly string[] },
  showLoad: boolean,
  previous?: ReadonlyMap<string, NodeSummary>,
): Map<string, NodeSummary> {
  return summarise(report.findings, showLoad ? report.load : NO_LOAD, report.board.nodes, previous, report.failed);
}

function same(a: NodeSummary, b: NodeSummary): boolean {
  return a.severity === b.severity && a.failed === b.failed && a.instances === b.instances && a.qps === b.qps && a.utilization === b.utilization && a.rules.length === b.rules.length && a.rules.every((r, i) => r === b.rules[i]);
}
