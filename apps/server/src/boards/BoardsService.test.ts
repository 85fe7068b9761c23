import { describe, expect, it, vi } from 'vitest';
import { pino } from 'pino';
import { metaOf } from '@scaleboard/board';
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
  return { boards: new BoardsService({ store, registry, revoker, maxBoardElements: DEFAULT_LIMITS.maxBoardElements, metrics, logger }), revoked, store, registry };
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

  it('reads a board whose room is opening from that room, without reading the document a second time', async () => {
    const { boards, store, registry } = boardsService();
    const { id } = await boards.create({ title: 'Checkout' });
    const loads = vi.spyOn(store, 'loadDocument');
    const session = { id: 's1', role: 'editor' as const, send: () => undefined, close: () => undefined };
    const joined = registry.join(id, session);
    const title = await boards.readDoc(id, (doc) => metaOf(doc).get('title'));
    expect(title).toBe('Checkout');
    expect(loads).toHaveBeenCalledTimes(1);
    registry.leave(await joined, session);
  });
});
