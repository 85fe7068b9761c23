import { assumptionsSchema, availability, estimate, firstIssue, parseBoard, report, type Assumptions, type Board } from '@scaleboard/rules';
import type { Colour } from './colour';
import { InputError, readJson } from './readJson';
import { renderEstimate, renderReport } from './renderText';

export type Format = 'json' | 'text';

/** What a command prints and the process exit code. */
export interface Outcome {
  stdout: string;
  code: number;
}

async function loadBoard(file: string): Promise<Board> {
  const parsed = parseBoard(await readJson(file));
  if (!parsed.ok) throw new InputError(`${file}: invalid board at ${parsed.error.path}: ${parsed.error.message}`);
  return parsed.board;
}

/** The estimate command takes bare assumptions or a whole board (whose assumptions it reads). */
async function loadAssumptions(file: string): Promise<Assumptions> {
  const json = await readJson(file);
  if (json !== null && typeof json === 'object' && 'format' in json) return (await loadBoard(file)).assumptions;
  const parsed = assumptionsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const { path, message } = firstIssue(parsed.error, 'invalid');
  throw new InputError(`${file}: invalid assumptions at ${path}: ${message}`);
}

/**
 * `scaleboard check`: exit 1 when any finding is an error, 0 otherwise.
 *
 * @example const { stdout, code } = await check('board.json', 'json', colourFor(false));
 */
export async function check(file: string, format: Format, colour: Colour): Promise<Outcome> {
  const board = await loadBoard(file);
  const result = report(board);
  const code = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
  const stdout = format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderReport(board, result, availability(board), colour);
  return { stdout, code };
}

/**
 * `scaleboard estimate`: always exit 0 on a valid file.
 *
 * @example const { stdout } = await estimateFile('assumptions.json', 'text', colourFor(true));
 */
export async function estimateFile(file: string, format: Format, colour: Colour): Promise<Outcome> {
  const result = estimate(await loadAssumptions(file));
  return { stdout: format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : `${renderEstimate(result, colour)}\n`, code: 0 };
}
