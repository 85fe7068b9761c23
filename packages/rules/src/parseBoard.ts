
import { boardSchema, type Board } from './boardSchema';

/** Why a board file was refused: the path of the first bad field and what is wrong with it. */
export interface BoardError {
  path: string;
  message: string;
  /** What kind of problem it is (zod's issue code: `invalid_type`, `too_small`…), for saying it in plain words (`boardProblem`). */
  code?: string;
  /** With `invalid_type`: the type the field should have. */
  expected?: string;
  /** The path as keys, for finding the component it is in. */
  keys?: readonly PropertyKey[];
}

export type ParseResult = { ok: true; board: Board } | { ok: false; error: BoardError };

/**
 * Validates untrusted JSON as a `scaleboard/v1` board. Never throws.
 *
 * @example
 * const result = parseBoard(JSON.parse(text));
 * if (!result.ok) console.error(`${result.error.path}: ${result.error.message}`);
 */
export function parseBoard(input: unknown): ParseResult {
  const parsed = boardSchema.safeParse(input);
  if (parsed.success) return { ok: true, board: parsed.data };
  return { ok: false, error: firstIssue(parsed.error, 'invalid board') };
}

/** What `firstIssue` reads of a validation error: zod's `ZodError` has this shape. */
export interface IssueList {
  readonly issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string; readonly code?: string; readonly expected?: unknown }>;
}

/**
 * The first issue of a failed validation as a readable path and message, the one way every
 * REST route, the CLI and the configuration report a refused input; `fallback` is the message
 * when the error lists no issue.
 *
 * @example
 * const parsed = boardSchema.safeParse(input);
 * if (!parsed.success) firstIssue(parsed.error, 'invalid board') // { path: 'nodes[0].x', message: 'Expected number' }
 */
export function firstIssue(error: IssueList, fallback: string): BoardError {
  const issue = error.issues[0];
  if (!issue) return { path: formatPath([]), message: fallback };
  return {
    path: formatPath(issue.path), message: issue.message, keys: issue.path,
    ...(issue.code ? { code: issue.code } : {}), ...(typeof issue.expected === 'string' ? { expected: issue.expected } : {}),
  };
}

/**
 * @example formatPath(['nodes', 0, 'x']) // 'nodes[0].x'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

