import type { Board } from '../boardSchema';
import { MAX_SCENARIO_FAILS, MAX_SCENARIO_HIT_RATIOS, type Scenario } from './scenarioSchema';
import { parseScenario, type ScenarioProblem } from './validateScenario';

/** A scenario as text: the CLI's flags and the report's query parameters, each list repeatable and comma-separated. */
export interface ScenarioParams {
  /** Ids to fail: `['db', 'web#1,cache']`. */
  fail?: readonly string[];
  /** The traffic factor as written: `'3'`. */
  traffic?: string;
  /** `ID=R` pairs: `['cache=0', 'cdn=0.5,cache2=0.9']`. */
  hitRatio?: readonly string[];
}

/** Comma-separated pieces of every value, stopping one past `limit` (the schema names the excess). */
function pieces(values: readonly string[], limit: number): string[] {
  const out: string[] = [];
  for (const value of values) {
    for (const piece of value.split(',', limit + 1 - out.length)) {
      out.push(piece);
      if (out.length > limit) return out;
    }
  }
  return out;
}

/** A number as typed, or the text itself when it is not one, so the refusal can quote it. */
function numberOrText(text: string): number | string {
  const trimmed = text.trim();
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  return Number.isNaN(value) ? text : value;
}

/**
 * Reads the text form of a scenario — what `scaleboard simulate --fail --traffic --hit-ratio` and
 * `GET /api/boards/:id/report?fail=&traffic=&hitRatio=` carry — and checks it against the board
 * (`parseScenario`): the one reading both share. A pair without `=` is a problem naming it.
 *
 * @example readScenarioParams({ fail: ['db,web#1'], traffic: '3', hitRatio: ['cache=0'] }, board)
 * // { ok: true, scenario: { fail: ['db', 'web#1'], traffic: 3, hitRatios: { cache: 0 } } }
 */
export function readScenarioParams(params: ScenarioParams, board: Board): { ok: true; scenario: Scenario } | { ok: false; problem: ScenarioProblem } {
  const input: Record<string, unknown> = {};
  if (params.fail && params.fail.length > 0) input.fail = pieces(params.fail, MAX_SCENARIO_FAILS);
  if (params.traffic !== undefined) input.traffic = numberOrText(params.traffic);
  if (params.hitRatio && params.hitRatio.length > 0) {
    const pairs = pieces(params.hitRatio, MAX_SCENARIO_HIT_RATIOS);
    if (pairs.length > MAX_SCENARIO_HIT_RATIOS) return { ok: false, problem: { code: 'too-many', field: 'hitRatios', limit: MAX_SCENARIO_HIT_RATIOS } };
    const ratios = new Map<string, number | string>();
    for (const pair of pairs) {
      // Ids may hold "=", a ratio never does.
      const at = pair.lastIndexOf('=');
      if (at <= 0) return { ok: false, problem: { code: 'bad-hit-ratio-pair', value: pair.slice(0, 100) } };
      ratios.set(pair.slice(0, at), numberOrText(pair.slice(at + 1)));
    }
    input.hitRatios = Object.fromEntries(ratios);
  }
  return parseScenario(input, board);
}
