import type { RequestHandler } from 'express';
import { bearerKey } from '../keys';
import { isBoardId } from '../boards/boardId';
import type { BoardsService } from '../boards/BoardsService';
import { HttpError } from './HttpError';

/**
 * Admits a request to `/api/boards/:id/…` only with a key for that board, given as
 * `Authorization: Bearer KEY` or `?key=KEY`; puts the board and the role in `res.locals.access`.
 */
export function requireBoardKey(boards: BoardsService): RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    // Checked before the store sees it: PostgreSQL refuses a NUL in text (a 500 before issue 13).
    if (!isBoardId(req.params.id)) return next(new HttpError(400, 'bad-board-id', 'A board id is 1 to 64 letters, digits, "-" or "_".', 'id'));
    const queryKey = typeof req.query.key === 'string' ? req.query.key : undefined;
    const access = await boards.access(req.params.id, bearerKey(req.headers.authorization) ?? queryKey);
    if (!access.ok && access.reason === 'missing-key')
      return next(new HttpError(401, 'unauthorized', 'A board key is required (Authorization: Bearer KEY or ?key=KEY).'));
    if (!access.ok) return next(new HttpError(403, 'forbidden', 'This key does not open this board.'));
    res.locals.access = access;
    next();
  };
}
