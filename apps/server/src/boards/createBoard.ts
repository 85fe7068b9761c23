import * as Y from 'yjs';
import { boardToDoc } from '@scaleboard/board';
import { BOARD_FORMAT, DEFAULT_LANG, templateOf, templateText, type Board, type Lang } from '@scaleboard/rules';
import type { CreateBoardRequest, CreateBoardResponse } from '@scaleboard/protocol';
import { generateBoardId, generateKey, hashKey } from '../keys';
import { BoardsError } from './BoardsError';
import { importedBoard } from './importedBoard';
import type { BoardStore } from '../storage/BoardStore';

/**
 * Creates a board from a title, a template or an imported `scaleboard/v1` document (or a data URL
 * of a board file: JSON, or a PNG/SVG we exported). A board from a template is titled in `lang`.
 * The document's first state is logged as the board's first update; the keys are returned
 * once and only their hashes are kept.
 */
export async function createBoard(store: BoardStore, request: CreateBoardRequest, lang: Lang = DEFAULT_LANG): Promise<CreateBoardResponse> {
  const board = initialBoard(request, lang);
  const doc = new Y.Doc();
  boardToDoc(board, doc);
  const keys = { owner: generateKey(), edit: generateKey(), view: generateKey() };
  const id = generateBoardId();
  await store.createBoard(
    {
      id,
      title: board.title,
      keyHashes: { owner: hashKey(keys.owner), edit: hashKey(keys.edit), view: hashKey(keys.view) },
      createdAt: new Date(),
    },
    Y.encodeStateAsUpdate(doc),
  );
  doc.destroy();
  return { id, title: board.title, keys };
}

function initialBoard(request: CreateBoardRequest, lang: Lang): Board {
  let board: Board = { format: BOARD_FORMAT, title: 'Untitled board', assumptions: {}, nodes: [], edges: [] };
  if (request.board !== undefined) {
    board = importedBoard(request.board, lang);
  } else if (request.template !== undefined) {
    const template = templateOf(request.template)?.board;
    if (!template) throw new BoardsError('unknown-template', { key: 'errors.unknownTemplate', params: { template: request.template } }, 'template');
    board = { ...template, title: templateText(request.template, lang).title };
  }
  return request.title ? { ...board, title: request.title } : board;
}
