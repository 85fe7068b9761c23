import i18next from 'i18next';
import type * as Y from 'yjs';
import { boardToDoc, readBoardFile, type BoardFileResult, type DesignProblem } from '@scaleboard/board';
import type { BoardError } from '@scaleboard/rules';
import { serverLimits } from '../../api/limitsApi';

export type ImportResult = { ok: true; title: string } | { ok: false; error: BoardError; input?: unknown; problem?: DesignProblem };

/**
 * A chosen or dropped file's board (JSON, a PNG/SVG exported by Scaleboard, or a Mermaid or
 * text-format design, laid out), validated. A file
 * over the server's body limit (MAX_BODY_BYTES, read from `GET /api/limits`) is refused unread;
 * when the server cannot say, the file is read and the server's own 413 stays the last word.
 */
export async function readImportFile(file: File): Promise<BoardFileResult> {
  const limits = await serverLimits();
  if (limits && file.size > limits.maxBodyBytes) return { ok: false, error: { path: '(root)', message: i18next.t('exporting.fileTooLarge', { size: sizeText(limits.maxBodyBytes) }) } };
  return readBoardFile(new Uint8Array(await file.arrayBuffer()));
}

/** A limit in binary units, as its docs give it: 5 MiB reads "5 MB", 2 KiB "2 KB". */
function sizeText(bytes: number): string {
  const [amount, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'MB'] : [bytes / 1024, 'KB'];
  return `${Math.round(amount * 100) / 100} ${unit}`;
}

/**
 * Replaces the board's content with the file's board in one undoable step, only when the file is
 * a valid board. A bad file changes nothing.
 */
export async function importIntoBoard(file: File, doc: Y.Doc, origin: object): Promise<ImportResult> {
  const result = await readImportFile(file);
  if (!result.ok) return result;
  boardToDoc(result.board, doc, origin);
  return { ok: true, title: result.board.title };
}
