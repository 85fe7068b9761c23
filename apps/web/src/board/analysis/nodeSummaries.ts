import { ruleOf, SEVERITIES, type Finding, type LoadMap, type Severity } from '@scaleboard/rules';

/** What the canvas shows on one node: its findings (worst first) and its peak load. */
export interface NodeSummary {
  severity: Severity | null;
  /** Rule titles of the findings that name this node, worst first, without repeats. */
  titles: readonly string[];
  qps: number | null;
  utilization: number | null;
}

export const EMPTY_SUMMARY: NodeSummary = { severity: null, titles: [], qps: null, utilization: null };

const rank = (severity: Severity) => SEVERITIES.indexOf(severity);

/**
 * Per-node summaries of a report. A summary that did not change keeps its identity, so only the
 * nodes whose findings or load changed re-render.
 *
 * @example summarise(findings, load, previous).get('cache')?.severity // 'warning'
 */
export function summarise(findings: readonly Finding[], load: LoadMap, previous: ReadonlyMap<string, NodeSummary> = new Map()): Map<string, NodeSummary> {
  const byNode = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of new Set(finding.nodes)) {
      const list = byNode.get(id);
      if (list) list.push(finding);
      else byNode.set(id, [finding]);
    }
  }
  const ids = new Set([...byNode.keys(), ...Object.keys(load)]);
  const result = new Map<string, NodeSummary>();
  for (const id of ids) {
    const list = (byNode.get(id) ?? []).slice().sort((a, b) => rank(a.severity) - rank(b.severity));
    const next: NodeSummary = {
      severity: list[0]?.severity ?? null,
      titles: [...new Set(list.map((f) => ruleOf(f.rule)?.title ?? f.rule))],
      qps: load[id]?.qps ?? null,
      utilization: load[id]?.utilization ?? null,
    };
    const before = previous.get(id);
    result.set(id, before && same(before, next) ? before : next);
  }
  return result;
}

function same(a: NodeSummary, b: NodeSummary): boolean {
  return a.severity === b.severity && a.qps === b.qps && a.utilization === b.utilization && a.titles.length === b.titles.length && a.titles.every((t, i) => t === b.titles[i]);
}
