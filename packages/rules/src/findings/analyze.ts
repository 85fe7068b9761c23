import { availabilityOfGraph, type AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import { estimate } from '../estimate/estimate';
import { buildGraph, type BoardGraph } from '../graph/boardGraph';
import { reachable, requestPath } from '../graph/paths';
import { propagateGraph } from '../load/propagate';
import { latencyOfGraph, type LatencyReport } from '../latency/latency';
import { componentNames } from '../i18n/componentNames';
import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { say } from '../i18n/translate';
import { RULES } from '../rules';
import { ruleText } from '../rules/ruleText';
import { SEVERITIES, type Finding, type LoadMap, type Rule, type RuleContext, type RuleHit } from './finding';

/** Options for `analyze`; the defaults run every rule. */
export interface AnalyzeOptions {
  rules?: readonly Rule[];
  /** Load computed elsewhere (e.g. by `report`), so it is not computed twice. */
  load?: LoadMap;
  /** Latency computed elsewhere (e.g. by `report`). */
  latency?: LatencyReport;
  /** The board already indexed, when the caller has it. */
  graph?: BoardGraph;
  /** The language messages and fixes are said in (default English). */
  lang?: Lang;
}

/**
 * The order findings are listed in: errors first, then by rule, then by first node.
 *
 * @example findings.sort(compareFindings)
 */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
    || RULE_ORDER(a.rule) - RULE_ORDER(b.rule)
    || (a.nodes[0] ?? '').localeCompare(b.nodes[0] ?? '');
}

function RULE_ORDER(id: string): number {
  return RULES.findIndex((rule) => rule.id === id);
}

/**
 * Runs the design rules over a board. Pure and deterministic: the same board always gives the
 * same findings in the same order (errors first, then by rule, then by node).
 *
 * @example
 * analyze(board).filter((f) => f.severity === 'error').map((f) => f.rule) // ['public-exposure']
 * analyze(board, { lang: 'ko' })[0]?.message // '"LB": 단일 장애 지점입니다. …'
 */
export function analyze(board: Board, options: AnalyzeOptions = {}): Finding[] {
  const graph = options.graph ?? buildGraph(board);
  let load = options.load;
  let avail: AvailabilityReport | undefined;
  let latencyReport = options.latency;
  const lang = options.lang ?? DEFAULT_LANG;
  const memo = new Map<string, unknown>();
  const ctx: RuleContext = {
    lang,
    names: componentNames(graph.nodes.values(), lang),
    board,
    graph,
    requestPath: requestPath(graph),
    load: () => (load ??= propagateGraph(graph, estimate(board.assumptions))),
    availability: () => (avail ??= availabilityOfGraph(graph)),
    latency: () => (latencyReport ??= latencyOfGraph(graph)),
    anchors: { [Symbol.iterator]: () => graph.nodes.values() },
    structural: <T>(key: string, compute: () => T): T => {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key) as T;
    },
    reachableFrom: (kind, along) => ctx.structural(`reachableFrom:${kind}:${along.join()}`, () => reachable(graph, [...graph.nodes.values()].filter((n) => n.kind === kind).map((n) => n.id), along)),
  };
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) for (const hit of rule.check(ctx)) findings.push(findingOf(rule, hit, lang));
  return findings.sort(compareFindings);
}

/**
 * A rule's hit as a finding said in `lang`.
 *
 * @example findingOf(rule, { nodes: ['lb'], message: { key: 'rules.single-point-of-failure.message', params: { name: '"LB"' } } }, 'en').fix
 */
export function findingOf(rule: Rule, hit: RuleHit, lang: Lang): Finding {
  const fix = hit.fix ? say(lang, hit.fix) : ruleText(rule.id, lang).fix;
  return { rule: rule.id, severity: rule.severity, nodes: hit.nodes, message: say(lang, hit.message), fix };
}
