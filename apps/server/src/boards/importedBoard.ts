import { readBoardFile } from '@scaleboard/board';
import { parseBoard, type Board } from '@scaleboard/rules';
import { BoardsError } from './BoardsError';

/**
 * The board of `POST /api/boards`'s `board` field: a `scaleboard/v1` document as JSON (the
 * original contract), or a file as a data URL — a board JSON, or a PNG or SVG exported by
 * Scaleboard, which carry the board inside. Anything else is refused with an `invalid-board`
 * BoardsError naming the problem.
 *
 * @example importedBoard('data:image/png;base64,iVBORw0…')
 */
export function importedBoard(input: unknown): Board {
  if (typeof input === 'string') {
    const bytes = dataUrlBytes(input);
    const result = readBoardFile(bytes);
    if (!result.ok) throw invalid(result.error.path, result.error.message);
    return result.board;
  }
  const parsed = parseBoard(input);
  if (!parsed.ok) throw invalid(parsed.error.path, parsed.error.message);
  return parsed.board;
}

function invalid(path: string, message: string): BoardsError {
  const where = path === '(root)' ? 'board' : `board.${path}`;
  return new BoardsError('invalid-board', `${where}: ${message}`, where);
}

function dataUrlBytes(url: string): Uint8Array {
  const match = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(url);
  if (!match) throw invalid('(root)', 'a board file must be a scaleboard/v1 document or a data: URL of a JSON, PNG or SVG file.');
  const payload = match[3] ?? '';
  if (match[2]) {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(payload)) throw invalid('(root)', 'the data URL is not valid base64.');
    return new Uint8Array(Buffer.from(payload, 'base64'));
  }
  try {
    return new TextEncoder().encode(decodeURIComponent(payload));
  } catch {
    throw invalid('(root)', 'the data URL is not validly percent-encoded.');
  }
}
