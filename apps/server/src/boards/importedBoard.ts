import { describeDesignProblem, readBoardFile, readDesign } from '@scaleboard/board';
import { boardProblem, DEFAULT_LANG, parseBoard, type Board, type BoardError, type Lang } from '@scaleboard/rules';
import { BoardsError } from './BoardsError';

/**
 * The board of `POST /api/boards`'s `board` field: a `scaleboard/v1` document as JSON (the
 * original contract), a design as text — a Mermaid flowchart or the text format, laid out — or a
 * file as a data URL — a board JSON, or a PNG or SVG exported by Scaleboard, which carry the board
 * inside. Anything else is refused with an `invalid-board` BoardsError saying the problem in plain
 * words in `lang` (where, what: a line and column for text), the path as a detail.
 *
 * @example importedBoard('flowchart LR\n  user --> lb[Load balancer]')
 */
export function importedBoard(input: unknown, lang: Lang = DEFAULT_LANG): Board {
  if (typeof input === 'string' && !input.startsWith('data:')) {
    // A design written as text: a Mermaid flowchart or the text format, read into the same checks.
    const result = readDesign(input);
    if (!result.ok) throw new BoardsError('invalid-board', `board: ${describeDesignProblem(result.problem, lang)}`, 'board');
    return result.board;
  }
  if (typeof input === 'string') {
    const bytes = dataUrlBytes(input);
    const result = readBoardFile(bytes);
    if (!result.ok) throw invalidBoard(result.input, result.error, lang);
    return result.board;
  }
  const parsed = parseBoard(input);
  if (!parsed.ok) throw invalidBoard(input, parsed.error, lang);
  return parsed.board;
}

/** A field the schema refused, said in plain words; a file that is not a board at all keeps its own sentence. */
function invalidBoard(input: unknown, error: BoardError, lang: Lang): BoardsError {
  if (!error.code) return invalid(error.path, error.message);
  const where = error.path === '(root)' ? 'board' : `board.${error.path}`;
  return new BoardsError('invalid-board', boardProblem(input, { ...error, path: where }, lang), where);
}

function invalid(path: string, message: string): BoardsError {
  const where = path === '(root)' ? 'board' : `board.${path}`;
  return new BoardsError('invalid-board', `${where}: ${message}`, where);
}

function dataUrlBytes(url: string): Uint8Array {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!match) throw new BoardsError('invalid-board', { key: 'errors.importNotAFile' }, 'board');
  const payload = match[3] ?? '';
  if (match[2]) {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(payload)) throw new BoardsError('invalid-board', { key: 'errors.importBadBase64' }, 'board');
    return new Uint8Array(Buffer.from(payload, 'base64'));
  }
  try {
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    throw new BoardsError('invalid-board', { key: 'errors.importBadPercent' }, 'board');
  }
}
