import { Router, type Response } from 'express';
import { ROTATABLE_KEYS, type RotatableKeyKind, type RotateKeyResponse } from '@scaleboard/protocol';
import { generateKey, hashKey } from '../keys';
import type { AccessResult } from '../rooms/BoardAccess';
import type { BoardRevoker } from '../revocation/BoardRevoker';
import type { BoardStore } from '../storage/BoardStore';
import { HttpError } from './HttpError';
import { requireBoardKey } from './requireBoardKey';

type Granted = Extract<AccessResult, { ok: true }>;

/** Who used each rotatable key: the sessions to close when it changes. */
const HOLDERS = { edit: 'editor', view: 'viewer' } as const;

/**
 * What only the owner key may do: rotate the edit or view key (the old one stops opening the
 * board at once and its live connections are closed on every instance) and delete the board.
 */
export function ownerRouter({ store, revoker }: { store: BoardStore; revoker: BoardRevoker }): Router {
  const router = Router();

  router.post('/:id/keys/:kind/rotate', requireBoardKey(store), async (req, res) => {
    const { board } = ownerOnly(res);
    const kind = (req.params as Record<string, string>).kind as RotatableKeyKind;
    if (!ROTATABLE_KEYS.includes(kind)) throw new HttpError(400, 'bad-key-kind', `Only the ${ROTATABLE_KEYS.join(' and ')} keys can be rotated.`, 'kind');
    const key = generateKey();
    if (!(await store.replaceKeyHash(board.id, kind, hashKey(key)))) throw new HttpError(404, 'not-found', 'The board no longer exists.');
    await revoker.revoke({ boardId: board.id, roles: [HOLDERS[kind]], reason: 'key-rotated' });
    const body: RotateKeyResponse = { kind, key };
    res.json(body);
  });

  router.delete('/:id', requireBoardKey(store), async (_req, res) => {
    const { board } = ownerOnly(res);
    await store.deleteBoard(board.id);
    await revoker.revoke({ boardId: board.id, roles: ['owner', 'editor', 'viewer'], reason: 'board-deleted' });
    res.status(204).end();
  });

  return router;
}

function ownerOnly(res: Response): Granted {
  const access = res.locals.access as Granted;
  if (access.role !== 'owner') throw new HttpError(403, 'owner-only', 'Only the owner link can do this.');
  return access;
}
