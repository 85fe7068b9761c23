import type { RequestHandler } from 'express';
import { bearerKey, isReplayToken } from '../keys';
import { isBoardId } from '../boards/boardId';
import type { BoardsService } from '../boards/BoardsService';
import type { ReplayLinks } from '../boards/ReplayLinks';
import { HttpError } from './HttpError';

/**
 * Admits a request to `/api/boards/:id/…` only with a key for that board, given as
 * `Authorization: Bearer KEY` or `?key=KEY`; puts the board and the role in `res.locals.access`.
 * With `replayLinks`, a route of the history and replay also admits a replay link's token, as a
 * viewer with `access.replayLink` set; every other route refuses one with 403 `replay-link-only`.
 */
export function requireBoardKey(boards: BoardsService, replayLinks?: ReplayLinks): RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    // Checked before the store sees it: PostgreSQL refuses a NUL in text (a 500 before issue 13).
    if (!isBoardId(req.params.id)) return next(new HttpError(400, 'bad-board-id', { key: 'errors.badBoardId' }, 'id'));
    const queryKey = typeof req.query.key === 'string' ? req.query.key : undefined;
    const key = bearerKey(req.headers.authorization) ?? queryKey;
    if (key !== undefined && isReplayToken(key)) {
      if (!replayLinks) return next(new HttpError(403, 'replay-link-only', { key: 'errors.replayLinkOnly' }));
      const access = await replayLinks.access(req.params.id, key);
      if (!access.ok) return next(new HttpError(403, 'replay-link-revoked', { key: 'errors.replayLinkRevoked' }));
      res.locals.access = access;
      return next();
    }
    const access = await boards.access(req.params.id, key);
    if (!access.ok && access.reason === 'missing-key')
      return next(new HttpError(401, 'unauthorized', { key: 'errors.unauthorized' }));
    if (!access.ok) return next(new HttpError(403, 'forbidden', { key: 'errors.forbidden' }));
    res.locals.access = access;
    next();
  };
}
