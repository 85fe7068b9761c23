import type * as Y from 'yjs';
import { boardToDoc, readBoardFile, type BoardFileResult } from '@scaleboard/board';
import type { BoardError } from '@scaleboard/rules';

/** Largest file accepted: the server's default body limit (MAX_BODY_BYTES). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportResult = { ok: true; title: string } | { ok: false; error: BoardError };

/** A chosen or dropped file's board (JSON, or a PNG/SVG exported by Scaleboard), validated. */
export async function readImportFile(file: File): Promise<BoardFileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: { path: '(root)', message: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.` } };
  return readBoardFile(new Uint8Array(await file.arrayBuffer()));
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
