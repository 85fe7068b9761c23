import express, { Router } from 'express';
import { HttpError } from './HttpError';

/**
 * `POST /api/boards` with a `board` to import: refuses one with more nodes and edges than a
 * live board may hold (413, naming the limit) before anything is created. The body size is
 * capped by the same JSON parser the boards router uses (MAX_BODY_BYTES), which it then reuses.
 */
export function importLimits({ maxBodyBytes, maxBoardElements }: { maxBodyBytes: number; maxBoardElements: number }): Router {
  const router = Router();
  router.post('/', express.json({ limit: maxBodyBytes, strict: true }), (req, _res, next) => {
    const board = (req.body as { board?: { nodes?: unknown; edges?: unknown } } | undefined)?.board;
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    const elements = typeof board === 'object' && board !== null ? count(board.nodes) + count(board.edges) : 0;
    if (elements > maxBoardElements)
      return next(new HttpError(413, 'board-too-large', `board: ${elements} nodes and edges; at most ${maxBoardElements} (MAX_BOARD_ELEMENTS).`, 'board'));
    next();
  });
  return router;
}
