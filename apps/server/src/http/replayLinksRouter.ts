import { Router, type Request, type Response } from 'express';
import { createReplayLinkRequestSchema, type CreateReplayLinkResponse, type ReplayLinksResponse } from '@scaleboard/protocol';
import { isBoardId } from '../boards/boardId';
import type { BoardsService } from '../boards/BoardsService';
import type { ReplayLinks } from '../boards/ReplayLinks';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { jsonBody } from './jsonBody';
import { parseOr400 } from './parseOr400';
import { requireBoardKey } from './requireBoardKey';

type Granted = Extract<AccessResult, { ok: true }>;

export interface ReplayLinksRouterDeps {
  boards: BoardsService;
  replayLinks: ReplayLinks;
  maxBodyBytes: number;
}

/**
 * `/api/boards/:id/replay-links…` (docs/history.md#replay-links), owner key only: mint a
 * revocable replay link (its token is in this answer and nowhere else), list them, revoke one.
 */
export function replayLinksRouter({ boards, replayLinks, maxBodyBytes }: ReplayLinksRouterDeps): Router {
  const router = Router();
  const json = jsonBody(maxBodyBytes);

  router.post('/:id/replay-links', requireBoardKey(boards), json, async (req, res) => {
    const { board } = ownerOnly(res);
    const { includeNotes } = parseOr400(createReplayLinkRequestSchema, req.body ?? {}, 'invalid replay link request');
    const body: CreateReplayLinkResponse = await replayLinks.mint(board.id, { includeNotes });
    res.status(201).set('cache-control', 'no-store').json(body);
  });

  router.get('/:id/replay-links', requireBoardKey(boards), async (_req, res) => {
    const { board } = ownerOnly(res);
    const body: ReplayLinksResponse = { links: await replayLinks.list(board.id) };
    res.json(body);
  });

  router.delete('/:id/replay-links/:linkId', requireBoardKey(boards), async (req: Request<{ id: string; linkId: string }>, res) => {
    const { board } = ownerOnly(res);
    if (!isBoardId(req.params.linkId)) throw new HttpError(400, 'bad-request', 'linkId: a replay link id is 1 to 64 letters, digits, "-" or "_".', 'linkId');
    await replayLinks.revoke(board.id, req.params.linkId);
    res.status(204).end();
  });

  return router;
}

function ownerOnly(res: Response): Granted {
  const access = res.locals.access as Granted;
  if (access.role !== 'owner') throw new HttpError(403, 'owner-only', { key: 'errors.ownerOnlyReplayLinks' });
  return access;
}
