import { z } from 'zod';
import { readScenarioParams, scenarioProblemMessage, type Board, type Scenario, type ScenarioProblem } from '@scaleboard/rules';
import { HttpError } from './HttpError';

/**
 * One query parameter given once (`?fail=a,b`) or repeated (`?fail=a&fail=b`): express hands over
 * a string or an array (of at most 1,000 parameters, its query parser's own cap). How many ids a
 * scenario may name is the rules' bound, refused as `bad-scenario` like every other scenario problem.
 */
const repeatable = z.union([z.string(), z.array(z.string())]).transform((value) => (Array.isArray(value) ? value : [value]));

/**
 * The what-if parameters of `GET /api/boards/:id/report`, as text; what they mean, and their
 * bounds, are the rules package's (`readScenarioParams`, `scenarioSchema`). Other parameters
 * (`key`, `lang`) are not this schema's business.
 */
export const scenarioQuerySchema = z.object({
  fail: repeatable.optional(),
  traffic: z.string().optional(),
  hitRatio: repeatable.optional(),
});
export type ScenarioQuery = z.infer<typeof scenarioQuerySchema>;

/** The query parameter a problem is about, for the error's `path`. */
function parameterOf(problem: ScenarioProblem): string | undefined {
  if (problem.code === 'bad-traffic') return 'traffic';
  if (problem.code === 'bad-hit-ratio' || problem.code === 'bad-hit-ratio-pair' || problem.code === 'not-a-cache') return 'hitRatio';
  if ('field' in problem) return problem.field === 'fail' ? 'fail' : 'hitRatio';
  if (problem.code === 'invalid') return undefined;
  return 'fail';
}

/**
 * The scenario a report query asks for, checked against the board; `undefined` when it asks for
 * none (the plain report). A scenario the board cannot play is a 400 `bad-scenario` naming the
 * id or factor, in the request's language.
 *
 * @example const scenario = scenarioOf(parseOr400(scenarioQuerySchema, req.query, 'invalid scenario'), board);
 */
export function scenarioOf(query: ScenarioQuery, board: Board): Scenario | undefined {
  if (query.fail === undefined && query.traffic === undefined && query.hitRatio === undefined) return undefined;
  const read = readScenarioParams(query, board);
  if (read.ok) return read.scenario;
  throw new HttpError(400, 'bad-scenario', scenarioProblemMessage(read.problem), parameterOf(read.problem));
}
