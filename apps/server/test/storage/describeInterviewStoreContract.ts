import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_BUDGETS_SEC, emptyInterviewNotes, type InterviewRecord } from '@scaleboard/protocol';
import type { BoardStore } from '../../src/storage/BoardStore';
import type { InterviewStore } from '../../src/storage/InterviewStore';
import type { StoresFixture } from './onEachDatabase';

const running: InterviewRecord = {
  status: 'running',
  phase: 1,
  budgetsSec: [...DEFAULT_PHASE_BUDGETS_SEC],
  spentMs: [301_000, 12_345, 0, 0],
  runningSince: Date.parse('2026-11-25T09:00:00.250Z'),
  drills: [],
};

/**
 * What every InterviewStore must do, run once per implementation.
 *
 * @example describeInterviewStoreContract('memory', { open: async () => memoryStores() });
 */
export function describeInterviewStoreContract(name: string, fixture: StoresFixture): void {
  describe(`InterviewStore contract: ${name}`, () => {
    let boards: BoardStore;
    let interviews: InterviewStore;
    beforeAll(async () => {
      ({ boards, interviews } = await fixture.open());
    }, 120_000);
    afterAll(async () => {
      await boards.close();
      await fixture.cleanup?.();
    });

    async function newBoard(): Promise<string> {
      const id = randomUUID();
      await boards.createBoard({ id, title: 't', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });
      return id;
    }

    it('stores the clock with compare-and-swap versions', async () => {
      const id = await newBoard();
      expect(await interviews.getState(id)).toBeNull();
      expect(await interviews.saveState(id, running, 0)).toBe(true);
      expect(await interviews.saveState(id, running, 0)).toBe(false);
      expect(await interviews.getState(id)).toEqual({ ...running, version: 1 });
      const paused: InterviewRecord = {
        ...running,
        status: 'paused',
        runningSince: null,
        spentMs: [301_000, 20_000, 0, 0],
        drills: [
          { preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Ivy', startedAt: Date.parse('2026-11-25T09:01:00Z'), endedAt: Date.parse('2026-11-25T09:03:30.5Z') },
          { preset: 'cold-cache', scenario: { hitRatios: { cache: 0 }, traffic: 3 }, startedBy: '이서연', startedAt: Date.parse('2026-11-25T09:04:00Z'), endedAt: null },
        ],
      };
      expect(await interviews.saveState(id, paused, 1)).toBe(true);
      expect(await interviews.saveState(id, running, 1)).toBe(false);
      expect(await interviews.getState(id)).toEqual({ ...paused, version: 2 });
    });

    it('keeps one snapshot per phase, lists them in order and clears them', async () => {
      const id = await newBoard();
      const board = { format: 'scaleboard/v1', title: 'T', nodes: [{ id: 'lb', kind: 'load-balancer' }], edges: [] };
      await interviews.saveSnapshot(id, { phase: 1, takenAt: new Date('2026-11-25T09:10:00Z'), board });
      await interviews.saveSnapshot(id, { phase: 0, takenAt: new Date('2026-11-25T09:05:00Z'), board: { ...board, nodes: [] } });
      await interviews.saveSnapshot(id, { phase: 1, takenAt: new Date('2026-11-25T09:11:00Z'), board });
      expect(await interviews.listSnapshots(id)).toEqual([
        { phase: 0, takenAt: new Date('2026-11-25T09:05:00Z') },
        { phase: 1, takenAt: new Date('2026-11-25T09:11:00Z') },
      ]);
      expect(await interviews.getSnapshot(id, 1)).toEqual({ phase: 1, takenAt: new Date('2026-11-25T09:11:00Z'), board });
      expect(await interviews.getSnapshot(id, 3)).toBeNull();
      await interviews.clearSnapshots(id);
      expect(await interviews.listSnapshots(id)).toEqual([]);
    });

    it('stores private notes and the rubric per board', async () => {
      const id = await newBoard();
      const other = await newBoard();
      expect(await interviews.getNotes(id)).toBeNull();
      const notes = emptyInterviewNotes();
      notes.notes = 'Forgot the cache — 캐시';
      notes.rubric.scope = { score: 3, comment: 'asked about DAU' };
      await interviews.saveNotes(id, notes, new Date('2026-11-25T09:00:00Z'));
      expect(await interviews.getNotes(id)).toEqual(notes);
      expect(await interviews.getNotes(other)).toBeNull();
      await interviews.saveNotes(id, { ...notes, notes: 'second' }, new Date('2026-11-25T09:01:00Z'));
      expect((await interviews.getNotes(id))?.notes).toBe('second');
    });

    it('keeps each revision of the notes with its time, at most one per 10 s', async () => {
      const id = await newBoard();
      const other = await newBoard();
      const at = (time: string) => new Date(`2026-11-25T09:${time}Z`);
      const save = (text: string, time: string) => interviews.saveNotes(id, { ...emptyInterviewNotes(), notes: text }, at(time));
      expect(await interviews.listNoteRevisions(id, { limit: 10 })).toEqual([]);
      await save('a', '00:00.000');
      await save('ab', '00:04.000'); // within 10 s of the revision at :00: replaces its text
      await save('abc', '00:09.999');
      await save('abcd', '00:10.000'); // 10 s after :00: a new revision
      await save('abcde', '00:30.000');
      const scored = { ...emptyInterviewNotes(), notes: 'abcdef' };
      scored.rubric.deepDive = { score: 2, comment: 'no sharding' };
      await interviews.saveNotes(id, scored, at('01:00.000'));
      await interviews.saveNotes(other, emptyInterviewNotes(), at('00:05.000'));

      const texts = (revisions: Array<{ notes: string; savedAt: Date }>) => revisions.map((r) => [r.notes, r.savedAt.toISOString()]);
      expect(texts(await interviews.listNoteRevisions(id, { limit: 10 }))).toEqual([
        ['abc', '2026-11-25T09:00:00.000Z'],
        ['abcd', '2026-11-25T09:00:10.000Z'],
        ['abcde', '2026-11-25T09:00:30.000Z'],
        ['abcdef', '2026-11-25T09:01:00.000Z'],
      ]);
      expect((await interviews.listNoteRevisions(id, { limit: 10 })).at(-1)).toEqual({ ...scored, savedAt: at('01:00.000') });
      expect(await interviews.getNotes(id)).toEqual(scored);
      // The range is inclusive at both ends; the limit keeps the latest revisions in it.
      expect(texts(await interviews.listNoteRevisions(id, { from: at('00:10.000'), to: at('00:30.000'), limit: 10 }))).toEqual([
        ['abcd', '2026-11-25T09:00:10.000Z'],
        ['abcde', '2026-11-25T09:00:30.000Z'],
      ]);
      expect(texts(await interviews.listNoteRevisions(id, { from: at('00:05.000'), limit: 2 }))).toEqual([
        ['abcde', '2026-11-25T09:00:30.000Z'],
        ['abcdef', '2026-11-25T09:01:00.000Z'],
      ]);
      expect(texts(await interviews.listNoteRevisions(other, { limit: 10 }))).toEqual([['', '2026-11-25T09:00:05.000Z']]);
    });

    if (fixture.cascades) {
      it('deletes the notes and their revisions with the board', async () => {
        const id = await newBoard();
        await interviews.saveNotes(id, { ...emptyInterviewNotes(), notes: 'gone' }, new Date('2026-11-25T09:00:00Z'));
        expect(await boards.deleteBoard(id)).toBe(true);
        expect(await interviews.getNotes(id)).toBeNull();
        expect(await interviews.listNoteRevisions(id, { limit: 10 })).toEqual([]);
      });
    }
  });
}
