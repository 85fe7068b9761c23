import { availabilityOfGraph, type AvailabilityReport } from '../availability/availability';
import type { Board } from '../boardSchema';
import { estimate } from '../estimate/estimate';
import { scaleTraffic } from '../estimate/scaleTraffic';
import { downtimePerYearSeconds } from '../format/formatAvailability';
import { withoutNodes } from '../graph/boardGraph';
import { DEFAULT_LANG } from '../i18n/lang';
import { SEVERITIES, type LoadMap } from '../findings/finding';
import { reportOfGraph, type Report, type ReportOptions } from '../report';
import { playFailures } from './failures';
import { scenarioFindings } from './scenarioFindings';
import { MAX_TRAFFIC_FACTOR, type Scenario } from './scenarioSchema';

/** `simulate`'s answer: the report under the drill, the drill as played, and what cannot serve. */
export interface Simulation extends Report {
  availability: AvailabilityReport;
  /** The scenario as played: `fail` without repeats, empty parts left out. */
  scenario: Scenario;
  /**
   * Components that cannot serve, in board order: what the scenario failed (a primary replaced by a
   * drawn replica included; one whose `replicas` count promotes one keeps serving) and every caller
   * that failed with it. Never a client: clients are the users.
   */
  failed: string[];
}

/**
 * The scenario without repeats or empty parts, so the same drill reads the same however it was typed.
 *
 * @example normalizeScenario({ fail: ['db', 'db'], hitRatios: {} }) // { fail: ['db'] }
 */
export function normalizeScenario(scenario: Scenario): Scenario {
  const fail = [...new Set(scenario.fail ?? [])];
  const hitRatios = scenario.hitRatios ?? {};
  return {
    ...(fail.length > 0 ? { fail } : {}),
    ...(scenario.traffic !== undefined ? { traffic: scenario.traffic } : {}),
    ...(Object.keys(hitRatios).length > 0 ? { hitRatios: { ...hitRatios } } : {}),
  };
}

/** The factor to scale by: a value `scenarioSchema` would refuse (typed input can hold one) leaves traffic as it is. */
function trafficFactor(traffic: number | undefined): number {
  return traffic !== undefined && Number.isFinite(traffic) && traffic > 0 && traffic <= MAX_TRAFFIC_FACTOR ? traffic : 1;
}

/** A request path that does not reach its users is down, whatever its parts would give; the weakest stage is what failed first. */
function outage(up: AvailabilityReport, roots: string[]): AvailabilityReport {
  if (roots.length === 0) return up;
  return { ...up, availability: 0, nines: 0, downtimePerYearSeconds: downtimePerYearSeconds(0), weakest: { node: roots[0]!, nodes: roots, availability: 0 } };
}

/**
 * A what-if drill: the board's report (findings, estimate, load, availability) as it would be
 * with the scenario's components failed, its traffic multiplied and its hit ratios set, plus one
 * finding per consequence naming its chain, and the components that cannot serve. Pure and
 * deterministic; `simulate(board, {})` is `reportWithAvailability(board)` with `scenario: {}` and
 * `failed: []`. Ids the board does not have, and factors or ratios out of range, are ignored
 * here (it never throws): check a scenario with `parseScenario` where it comes in.
 *
 * - Failing one instance of a component with several reduces its capacity, never fails it.
 * - A failed primary database (or session store) with a replica is replaced by the replica.
 * - A caller fails when every service of one kind it needs failed (a balancer: every backend); a
 *   caller that also reads a database survives its cache, reading the database instead.
 * - Failed components take no traffic: their callers' traffic goes to what is left.
 * - The design rules read the board as drawn (with instances lost and replicas promoted), under
 *   the drill's load: over-capacity shows what the survivors cannot carry.
 *
 * @example
 * const drill = simulate(board, { fail: ['db'], traffic: 3 }, { lang: 'ko' });
 * drill.failed // ['web', 'db']
 * drill.findings[0]?.rule // 'scenario-outage'
 */
export function simulate(board: Board, scenario: Scenario, options: ReportOptions = {}): Simulation {
  const played = normalizeScenario(scenario);
  const failures = playFailures(board, played);
  // Clients are the users: they cannot serve, so they never count as failed, and they keep sending their traffic.
  const down = new Set(failures.down.filter((id) => failures.graph.nodes.get(id)?.kind !== 'client'));
  // The rules read the design as drawn (a failed database is not "missing" for its cache), with its
  // own entries; traffic flows around what failed, and a balancer that failed does not turn the
  // servers behind it into entries.
  const design = { ...failures.graph, entryIds: failures.entryIds };
  const graph = { ...withoutNodes(failures.graph, down), entryIds: failures.entryIds.filter((id) => !down.has(id)) };
  const est = scaleTraffic(estimate(board.assumptions), trafficFactor(played.traffic));
  const base = reportOfGraph(failures.board, design, options, est, graph);
  const drill = scenarioFindings(board, failures, options.lang ?? DEFAULT_LANG);
  let availability = availabilityOfGraph(graph);
  if (drill.some((f) => f.rule === 'scenario-outage')) availability = outage(availability, failures.down.filter((id) => !failures.cause.has(id)));
  // Every component keeps its place in the load map; what failed takes nothing.
  const load: LoadMap = {};
  const failed: string[] = [];
  for (const id of failures.graph.nodes.keys()) {
    load[id] = base.load[id] ?? { qps: 0, utilization: 0 };
    if (down.has(id)) failed.push(id);
  }
  // Errors first, as `analyze` orders them; within a severity the drill's consequences come before the design's findings.
  const findings = [...drill, ...base.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return { ...base, findings, load, availability, scenario: played, failed };
}
