import { Router, type Response } from 'express';
import { ROTATABLE_KEYS, type RotatableKeyKind, type RotateKeyResponse } from '@scaleboard/protocol';
import type { BoardsService } from '../boards/BoardsService';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { requireBoardKey } from './requireBoardKey';

type Granted = Extract<AccessResult, { ok: true }>;

/**
 * What only the owner key may do: rotate the edit or view key (the old one stops opening the
 * board at once and its live connections are closed on every instance) and delete the board.
 */
export function ownerRouter({ boards }: { boards: BoardsService }): Router {
  const router = Router();

  router.post('/:id/keys/:kind/rotate', requireBoardKey(boards), async (req, res) => {
    const { board } = ownerOnly(res);
    const kind = (req.params as Record<string, string>).kind as RotatableKeyKind;
    if (!ROTATABLE_KEYS.includes(kind)) throw new HttpError(400, 'bad-key-kind', `Only the ${ROTATABLE_KEYS.join(' and ')} keys can be rotated.`, 'kind');
    const body: RotateKeyResponse = { kind, key: await boards.rotateKey(board.id, kind) };
    res.json(body);
  });

  router.delete('/:id', requireBoardKey(boards), async (_req, res) => {
    const { board } = ownerOnly(res);
    await boards.delete(board.id);
    res.status(204).end();
  });

  return router;
}

function ownerOnly(res: Response): Granted {
  const access = res.locals.access as Granted;
  if (access.role !== 'owner') throw new HttpError(403, 'owner-only', { key: 'errors.ownerOnly' });
  return access;
}
