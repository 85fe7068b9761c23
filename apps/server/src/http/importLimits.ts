import { Router } from 'express';
import type { BoardsService } from '../boards/BoardsService';
import { jsonBody } from './jsonBody';
import { requestLang } from './requestLang';

/**
 * `POST /api/boards` with a `board` to import (a `scaleboard/v1` document, or a data URL of a
 * board file): refuses one with more nodes and edges than a live board may hold (413, naming
 * the limit) before anything is created. The body size is capped by the same JSON parser the
 * boards router uses (MAX_BODY_BYTES), which it then reuses; a malformed board is refused here
 * with the same 400 the router would give.
 */
export function importLimits({ boards, maxBodyBytes }: { boards: BoardsService; maxBodyBytes: number }): Router {
  const router = Router();
  router.post('/', jsonBody(maxBodyBytes), (req, res, next) => {
    const input = (req.body as { board?: unknown } | undefined)?.board;
    if (input === undefined) return next();
    try {
      boards.checkImport(input, requestLang(req, res));
      next();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
