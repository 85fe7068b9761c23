import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { DEFAULT_LIMITS } from '../config';
import { createMetrics } from '../ops/metrics';
import { LocalRelay } from '../relay/LocalRelay';
import { BoardRevoker } from '../revocation/BoardRevoker';
import { LocalRevocationBus } from '../revocation/LocalRevocationBus';
import type { Revocation } from '../revocation/Revocation';
import { RoomRegistry } from '../rooms/RoomRegistry';
import { MemoryBoardStore } from '../storage/MemoryBoardStore';
import { BoardsService } from './BoardsService';

function boardsService() {
  const store = new MemoryBoardStore();
  const logger = pino({ level: 'silent' });
  const metrics = createMetrics();
  const registry = new RoomRegistry({ store, logger, metrics, relay: new LocalRelay(), compactEvery: 100, boardLimits: DEFAULT_LIMITS });
  const revoked: Revocation[] = [];
  const revoker = new BoardRevoker(new LocalRevocationBus(), [(revocation) => revoked.push(revocation)], logger);
  return { boards: new BoardsService({ store, registry, revoker, maxBoardElements: DEFAULT_LIMITS.maxBoardElements, metrics, logger }), revoked };
}

describe('BoardsService', () => {
  it('rotates a key: the old one stops opening the board, the new one opens it, its holders are revoked', async () => {
    const { boards, revoked } = boardsService();
    const { id, keys } = await boards.create({});
    const key = await boards.rotateKey(id, 'view');
    expect(await boards.access(id, keys.view)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await boards.access(id, key)).toMatchObject({ ok: true, role: 'viewer' });
    expect(revoked).toEqual([{ boardId: id, roles: ['viewer'], reason: 'key-rotated' }]);
  });

  it('refuses to rotate a key of a board deleted after its key was checked, with not-found, revoking nobody', async () => {
    const { boards, revoked } = boardsService();
    const { id } = await boards.create({});
    await boards.delete(id);
    revoked.length = 0;
    await expect(boards.rotateKey(id, 'edit')).rejects.toMatchObject({ reason: 'not-found' });
    expect(revoked).toEqual([]);
    expect(await boards.record(id)).toBeNull();
  });
});
