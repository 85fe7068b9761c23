import {
  assumptionsSchema, availability, boardProblem, estimate, firstIssue, parseBoard, readScenarioParams, report, say, scenarioProblemMessage, simulate, translate,
  type Assumptions, type Board, type Lang, type ScenarioParams,
} from '@scaleboard/rules';
import { describeDesignProblem, detectFormat, readDesign, writeDesign, type DesignFormat } from '@scaleboard/board';
import type { Colour } from './colour';
import { InputError, parseJson, readJson, readText } from './readJson';
import { renderEstimate, renderReport, renderSimulation } from './renderText';

export type Format = 'json' | 'text';

/** What a command prints and the process exit code. */
export interface Outcome {
  stdout: string;
  code: number;
}

/** A board from a board file, a Mermaid flowchart or the text format (the format read from the file). */
async function loadBoard(file: string, lang: Lang): Promise<Board> {
  const text = await readText(file, lang);
  if (detectFormat(text) !== 'json') return readBoard(file, text, undefined, lang);
  const json = parseJson(file, text, lang);
  const parsed = parseBoard(json);
  if (!parsed.ok) throw new InputError(translate(lang, 'cli.invalidBoard', { file, problem: boardProblem(json, parsed.error, lang) }));
  return parsed.board;
}

/** The estimate command takes bare assumptions or a whole board (whose assumptions it reads). */
async function loadAssumptions(file: string, lang: Lang): Promise<Assumptions> {
  const json = await readJson(file, lang);
  if (json !== null && typeof json === 'object' && 'format' in json) return (await loadBoard(file, lang)).assumptions;
  const parsed = assumptionsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problem = boardProblem({ assumptions: json }, { ...firstIssue(parsed.error, 'invalid'), keys: ['assumptions', ...(parsed.error.issues[0]?.path ?? [])] }, lang);
  throw new InputError(translate(lang, 'cli.invalidAssumptions', { file, problem }));
}

/**
 * `scaleboard check`: exit 1 when any finding is an error, 0 otherwise.
 *
 * @example const { stdout, code } = await check('board.json', 'json', colourFor(false), 'ko');
 */
export async function check(file: string, format: Format, colour: Colour, lang: Lang): Promise<Outcome> {
  const board = await loadBoard(file, lang);
  const result = report(board, { lang });
  const code = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  const stdout = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderReport(board, result, availability(board), colour, lang);
  return { stdout, code };
}

/**
 * `scaleboard estimate`: always exit 0 on a valid file.
 *
 * @example const { stdout } = await estimateFile('assumptions.json', 'text', colourFor(true), 'en');
 */
export async function estimateFile(file: string, format: Format, colour: Colour, lang: Lang): Promise<Outcome> {
  const result = estimate(await loadAssumptions(file, lang));
  return { stdout: format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${renderEstimate(result, colour, lang)}\n`, code: 0 };
}

/** A design read in `from` (or the format detected); a refusal names the file, line and column. */
function readBoard(file: string, text: string, from: DesignFormat | undefined, lang: Lang): Board {
  const result = readDesign(text, from);
  if (!result.ok) throw new InputError(translate(lang, 'cli.designProblem', { file, problem: describeDesignProblem(result.problem, lang) }));
  return result.board;
}

/**
 * `scaleboard convert`: the file (a board file, Mermaid or the text format; `from`, else
 * detected) written in `to`. Always exit 0 on a readable file.
 *
 * @example const { stdout } = await convert('design.mmd', 'text', undefined, 'en');
 */
export async function convert(file: string, to: DesignFormat, from: DesignFormat | undefined, lang: Lang): Promise<Outcome> {
  const board = readBoard(file, await readText(file, lang), from, lang);
  return { stdout: writeDesign(board, to), code: 0 };
}

/**
 * `scaleboard simulate`: the report under a what-if drill, with `check`'s exit codes; a scenario
 * the board cannot play (an unknown id, a factor out of range) exits 2 naming it.
 *
 * @example const { stdout, code } = await simulateFile('board.json', { fail: ['db'] }, 'json', colourFor(false), 'en');
 */
export async function simulateFile(file: string, params: ScenarioParams, format: Format, colour: Colour, lang: Lang): Promise<Outcome> {
  const board = await loadBoard(file, lang);
  const read = readScenarioParams(params, board);
  if (!read.ok) throw new InputError(say(lang, scenarioProblemMessage(read.problem)));
  const result = simulate(board, read.scenario, { lang });
  const code = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  return { stdout: format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderSimulation(board, result, colour, lang), code };
}
