
import { boardSchema, type Board } from './boardSchema';

/** Why a board file was refused: the path of the first bad field and what is wrong with it. */
export interface BoardError {
  path: string;
  message: string;
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
  const issue = parsed.error.issues[0];
  return { ok: false, error: { path: formatPath(issue?.path ?? []), message: issue?.message ?? 'invalid board' } };
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

