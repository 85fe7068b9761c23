import type { Board } from './boardSchema';
import { estimate, type Estimate } from './estimate/estimate';
import { analyze } from './findings/analyze';
import type { Finding, LoadMap } from './findings/finding';
import { availabilityOfGraph, type AvailabilityReport } from './availability/availability';
import { buildGraph, type BoardGraph } from './graph/boardGraph';
import { propagateGraph } from './load/propagate';
import { latencyOfGraph, type LatencyReport } from './latency/latency';
import { costOfGraph, type CostReport } from './cost/cost';
import type { Lang } from './i18n/lang';

/** Options for `report`: the language findings are said in (default English). */
export interface ReportOptions {
  lang?: Lang;
}

/** Everything the product says about a board: the shape of `scaleboard check --format json` and `GET /api/boards/:id/report`. */
export interface Report {
  findings: Finding[];
  estimate: Estimate;
  load: LoadMap;
  latency: LatencyReport;
  cost: CostReport;
}

/**
 * Estimate from the board's assumptions, peak load per component, latency of the request paths,
 * monthly cost, and the findings (over-capacity and the targets included), computed once and shared.
 *
 * @example
 * const { findings, estimate, load } = report(board);
 * const failing = findings.some((f) => f.severity === 'error');
 * report(board, { lang: 'ko' }).findings[0]?.fix // in Korean
 */
export function report(board: Board, options: ReportOptions = {}): Report {
  return reportOfGraph(board, buildGraph(board), options);
}

/**
 * `report(board)` and `availability(board)` together, on one graph of the board: what the web app
 * recomputes on every edit (building the graph twice was a tenth of it).
 *
 * @example const { findings, availability } = reportWithAvailability(board);
 */
export function reportWithAvailability(board: Board, options: ReportOptions = {}): Report & { availability: AvailabilityReport } {
  const graph = buildGraph(board);
  return { ...reportOfGraph(board, graph, options), availability: availabilityOfGraph(graph) };
}

/**
 * The report of an already indexed board: the one pipeline `report`, `reportWithAvailability` and
 * `simulate` share. A what-if drill passes its estimate (traffic scaled) and the graph traffic
 * flows through (`flow`: without what failed); the rules still read the design as drawn (`graph`),
 * and the bill is the design's (a failed component is still paid for).
 *
 * @example reportOfGraph(board, buildGraph(board), { lang: 'ko' })
 */
export function reportOfGraph(board: Board, graph: BoardGraph, { lang }: ReportOptions, est: Estimate = estimate(board.assumptions), flow: BoardGraph = graph): Report {
  const load = propagateGraph(flow, est);
  const latency = latencyOfGraph(flow);
  const findings = analyze(board, { load, latency, graph, ...(lang ? { lang } : {}) });
  return { findings, estimate: est, load, latency, cost: costOfGraph(graph, est, load) };
}
