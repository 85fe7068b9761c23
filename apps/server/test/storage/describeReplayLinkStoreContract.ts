import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardStore } from '../../src/storage/BoardStore';
import type { ReplayLinkStore, StoredReplayLink } from '../../src/storage/ReplayLinkStore';
import type { StoresFixture } from './onEachDatabase';

const link = (id: string, at: number, includeNotes = false): StoredReplayLink => ({
  id,
  tokenHash: 'a'.repeat(63) + String(at % 10),
  includeNotes,
  createdAt: new Date(Date.UTC(2026, 11, 3, 10, 0, at)),
});

/**
 * What every ReplayLinkStore must do, run once per implementation.
 *
 * @example describeReplayLinkStoreContract('memory', { open: async () => memoryStores() });
 */
export function describeReplayLinkStoreContract(name: string, fixture: StoresFixture): void {
  describe(`ReplayLinkStore contract: ${name}`, () => {
    let boards: BoardStore;
    let links: ReplayLinkStore;
    beforeAll(async () => {
      ({ boards, replayLinks: links } = await fixture.open());
    }, 120_000);
    afterAll(async () => {
      await boards.close();
      await fixture.cleanup?.();
    });

    const newBoard = async () => {
      const id = randomUUID();
      await boards.createBoard({ id, title: 't', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });
      return id;
    };

    it('keeps links per board, oldest first, with their hash and notes flag', async () => {
      const [a, b] = [await newBoard(), await newBoard()];
      expect(await links.addLink(a, link(`${a}-2`, 2, true), 10)).toBe(true);
      expect(await links.addLink(a, link(`${a}-1`, 1), 10)).toBe(true);
      expect(await links.addLink(b, link(`${b}-1`, 3), 10)).toBe(true);
      expect(await links.listLinks(a)).toEqual([link(`${a}-1`, 1), link(`${a}-2`, 2, true)]);
      expect(await links.listLinks(b)).toEqual([link(`${b}-1`, 3)]);
    });

    it('adds none past the bound, even when several adds race', async () => {
      const board = await newBoard();
      const added = await Promise.all(Array.from({ length: 6 }, (_, i) => links.addLink(board, link(`${board}-${i}`, i), 3)));
      expect(added.filter(Boolean)).toHaveLength(3);
      expect(await links.listLinks(board)).toHaveLength(3);
      expect(await links.addLink(board, link(`${board}-x`, 9), 3)).toBe(false);
    });

    it('deletes one link of its board only', async () => {
      const [a, b] = [await newBoard(), await newBoard()];
      await links.addLink(a, link(`${a}-1`, 1), 10);
      await links.addLink(a, link(`${a}-2`, 2), 10);
      expect(await links.deleteLink(b, `${a}-1`)).toBe(false);
      expect(await links.deleteLink(a, `${a}-1`)).toBe(true);
      expect(await links.deleteLink(a, `${a}-1`)).toBe(false);
      expect((await links.listLinks(a)).map((l) => l.id)).toEqual([`${a}-2`]);
    });

    if (fixture.cascades) {
      it('goes with its board', async () => {
        const board = await newBoard();
        await links.addLink(board, link(`${board}-1`, 1), 10);
        await boards.deleteBoard(board);
        expect(await links.listLinks(board)).toEqual([]);
      });
    }
  });
}
