import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, readDoc } from '@scaleboard/board';
import { loadDocument } from '../../src/rooms/loadDocument';
import { versionUpdates, type BoardRecord, type BoardStore, type BoardStoreOptions } from '../../src/storage/BoardStore';
import { describeBoardHistoryCases } from './describeBoardHistoryCases';

/** How the contract suite gets a store of one implementation, and gives it back. */
export interface StoreFixture {
  open(): Promise<BoardStore>;
  /**
   * A store of the same implementation given `options` (a clock), on the opened store's database
   * when it has one; called after `open`, never closed by the suite.
   */
  withOptions(options: BoardStoreOptions): BoardStore;
  /** Runs after the store is closed (drop the database, remove the folder). */
  cleanup?(): Promise<void>;
}

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

function newRecord(): BoardRecord {
  return {
    id: randomUUID(),
    title: 'Contract board',
    keyHashes: { owner: 'owner-hash', edit: 'edit-hash', view: 'view-hash' },
    createdAt: new Date('2026-11-25T08:00:00.123Z'),
  };
}

/**
 * The behaviour every BoardStore must have, as a vitest suite: run it once per implementation
 * so the in-memory twin cannot drift from the durable stores.
 *
 * @example
 * describeBoardStoreContract('MemoryBoardStore', { open: async () => new MemoryBoardStore() });
 */
export function describeBoardStoreContract(name: string, fixture: StoreFixture): void {
  describe(`BoardStore contract: ${name}`, () => {
    let store: BoardStore;
    // Creating an embedded database takes 3 s idle and over 10 s on a busy two-core machine.
    beforeAll(async () => {
      store = await fixture.open();
    }, 120_000);
    afterAll(async () => {
      await store.close();
      await fixture.cleanup?.();
    });

    async function newBoard(initialUpdate?: Uint8Array): Promise<string> {
      const record = newRecord();
      await store.createBoard(record, initialUpdate);
      return record.id;
    }

    it('stores a board record and refuses a second board with the same id', async () => {
      const record = newRecord();
      await store.createBoard(record);
      expect(await store.getBoard(record.id)).toEqual(record);
      expect(await store.getBoard(randomUUID())).toBeNull();
      await expect(store.createBoard(record)).rejects.toThrow(/exists/);
    });

    it('loads an unknown board as empty, and refuses appends to it', async () => {
      const id = randomUUID();
      expect(await store.loadDocument(id)).toEqual({ snapshot: null, snapshotEncoding: 1, snapshotSeq: 0, updates: [] });
      await expect(store.appendUpdate(id, bytes(1))).rejects.toThrow();
    });

    it('loads the initial update and every append, in order, with increasing seqs', async () => {
      const id = await newBoard(text('initial'));
      const appended = [await store.appendUpdate(id, bytes(0, 255)), await store.appendUpdate(id, text('second'))];
      const stored = await store.loadDocument(id);
      expect(stored.snapshot).toBeNull();
      expect(stored.snapshotSeq).toBe(0);
      expect(stored.updates.map((u) => u.data)).toEqual([text('initial'), bytes(0, 255), text('second')]);
      expect(stored.updates.slice(1)).toEqual(appended);
      const seqs = stored.updates.map((u) => u.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size).toBe(3);
    });

    it('orders appends across boards by one global seq', async () => {
      const [a, b] = [await newBoard(), await newBoard()];
      const seqs = [];
      for (const id of [a, b, a, b]) seqs.push((await store.appendUpdate(id, bytes(7))).seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      expect(new Set(seqs).size).toBe(4);
    });

    it('loads snapshot plus tail after a compaction', async () => {
      const id = await newBoard();
      const logged = [];
      for (let i = 1; i <= 5; i++) logged.push(await store.appendUpdate(id, bytes(i)));
      await store.compact(id, text('snapshot through 3'), logged[2]!.seq, 1);
      expect(await store.loadDocument(id)).toEqual({
        snapshot: text('snapshot through 3'),
        snapshotEncoding: 1,
        snapshotSeq: logged[2]!.seq,
        updates: logged.slice(3),
      });
    });

    it('ignores a compaction that is not newer than the stored snapshot', async () => {
      const id = await newBoard();
      const logged = [];
      for (let i = 1; i <= 5; i++) logged.push(await store.appendUpdate(id, bytes(i)));
      await store.compact(id, text('through 4'), logged[3]!.seq, 1);
      await store.compact(id, text('stale, through 2'), logged[1]!.seq, 1);
      await store.compact(id, text('same seq again'), logged[3]!.seq, 1);
      expect(await store.loadDocument(id)).toEqual({
        snapshot: text('through 4'),
        snapshotEncoding: 1,
        snapshotSeq: logged[3]!.seq,
        updates: logged.slice(4),
      });
    });

    it('gives each snapshot and checkpoint back with the encoding it was stored in', async () => {
      const id = await newBoard();
      const logged = [];
      for (let i = 1; i <= 4; i++) logged.push(await store.appendUpdate(id, bytes(i)));
      await store.compact(id, text('v2 through 2'), logged[1]!.seq, 2);
      expect(await store.loadDocument(id)).toMatchObject({ snapshot: text('v2 through 2'), snapshotEncoding: 2 });
      await store.compact(id, text('stale v1'), logged[0]!.seq, 1);
      expect((await store.loadDocument(id)).snapshotEncoding).toBe(2);
      await store.compact(id, text('v1 through 3'), logged[2]!.seq, 1);
      expect(await store.loadDocument(id)).toMatchObject({ snapshot: text('v1 through 3'), snapshotEncoding: 1 });
      expect(await store.loadVersion(id, logged[1]!.seq)).toEqual({ checkpoint: text('v2 through 2'), checkpointEncoding: 2, updates: [] });
      expect(await store.loadVersion(id, logged[3]!.seq)).toEqual({ checkpoint: text('v1 through 3'), checkpointEncoding: 1, updates: [bytes(4)] });
      expect(await store.loadVersion(id, logged[0]!.seq)).toEqual({ checkpoint: null, checkpointEncoding: 1, updates: [bytes(1)] });
    });

    it('loads a board whose snapshot is in Yjs v1 (every snapshot before 2026-12-04) or v2, and rebuilds its versions', async () => {
      for (const encoding of [1, 2] as const) {
        const doc = new Y.Doc();
        const id = await newBoard();
        const appended = [];
        for (let i = 0; i < 30; i++) {
          const before = Y.encodeStateVector(doc);
          if (i === 0) addNode(doc, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} });
          else moveNodes(doc, [{ id: 'web', x: i, y: -i }]);
          appended.push(await store.appendUpdate(id, Y.encodeStateAsUpdate(doc, before)));
          if (i === 19) await store.compact(id, encoding === 2 ? Y.encodeStateAsUpdateV2(doc) : Y.encodeStateAsUpdate(doc), appended[i]!.seq, encoding);
        }
        const { doc: loaded, lastSeq, tail } = await loadDocument(store, id);
        expect(readDoc(loaded).board, `v${encoding}`).toEqual(readDoc(doc).board);
        expect(lastSeq).toBe(appended.at(-1)!.seq);
        expect(tail.entries).toBe(10);
        // History readers get v1 updates, whatever the checkpoint's encoding.
        const atCheckpoint = new Y.Doc();
        for (const update of versionUpdates((await store.loadVersion(id, appended[19]!.seq))!)) Y.applyUpdate(atCheckpoint, update);
        expect(readDoc(atCheckpoint).board.nodes).toMatchObject([{ id: 'web', x: 19, y: -19 }]);
      }
    });

    it('loses no update appended while a compaction runs', async () => {
      const id = await newBoard();
      for (let i = 0; i < 5; i++) await store.appendUpdate(id, text(`before ${i}`));
      const before = await store.loadDocument(id);
      const throughSeq = before.updates.at(-1)!.seq;
      const during = Array.from({ length: 20 }, (_, i) => text(`during ${i}`));

      const [, ...appended] = await Promise.all([
        store.compact(id, text('snapshot of the first five'), throughSeq, 1),
        ...during.map((update) => store.appendUpdate(id, update)),
      ]);

      const after = await store.loadDocument(id);
      expect(after.snapshot).toEqual(text('snapshot of the first five'));
      expect(after.snapshotSeq).toBe(throughSeq);
      expect(after.updates).toEqual([...appended].sort((x, y) => x!.seq - y!.seq));
      expect(after.updates.every((u) => u.seq > throughSeq)).toBe(true);
    });

    it('keeps every update when compactions read back the log while writers append', async () => {
      // The server's pattern: fold what the store holds into a snapshot, compact through the
      // last seq read. Snapshots here are the JSON list of update names they contain.
      const id = await newBoard();
      const written = Array.from({ length: 4 }, (_, writer) => Array.from({ length: 15 }, (_, i) => `w${writer}-${i}`));
      const names = (doc: Awaited<ReturnType<BoardStore['loadDocument']>>) => [
        ...(doc.snapshot ? (JSON.parse(new TextDecoder().decode(doc.snapshot)) as string[]) : []),
        ...doc.updates.map((u) => new TextDecoder().decode(u.data)),
      ];
      let writing = true;
      const compactor = (async () => {
        let rounds = 0;
        while (writing || rounds === 0) {
          const doc = await store.loadDocument(id);
          const last = doc.updates.at(-1);
          if (last) await store.compact(id, text(JSON.stringify(names(doc))), last.seq, 1);
          rounds++;
        }
        return rounds;
      })();
      await Promise.all(
        written.map(async (updates) => {
          for (const name of updates) await store.appendUpdate(id, text(name));
        }),
      );
      writing = false;
      expect(await compactor).toBeGreaterThan(0);
      expect(names(await store.loadDocument(id)).sort()).toEqual(written.flat().sort());
    });

    it('replaces the edit or view key hash, leaving the others, and reports an unknown board', async () => {
      const record = newRecord();
      await store.createBoard(record);
      expect(await store.replaceKeyHash(record.id, 'edit', 'new-edit-hash')).toBe(true);
      expect((await store.getBoard(record.id))?.keyHashes).toEqual({ owner: 'owner-hash', edit: 'new-edit-hash', view: 'view-hash' });
      expect(await store.replaceKeyHash(record.id, 'view', 'new-view-hash')).toBe(true);
      expect((await store.getBoard(record.id))?.keyHashes).toEqual({ owner: 'owner-hash', edit: 'new-edit-hash', view: 'new-view-hash' });
      expect(await store.replaceKeyHash(randomUUID(), 'edit', 'x')).toBe(false);
    });

    it('deletes a board with its log and snapshot, once', async () => {
      const id = await newBoard(text('initial'));
      const second = await store.appendUpdate(id, text('second'));
      await store.compact(id, text('snapshot'), second.seq, 1);
      await store.appendUpdate(id, text('third'));
      const other = await newBoard(text('untouched'));
      expect(await store.deleteBoard(id)).toBe(true);
      expect(await store.getBoard(id)).toBeNull();
      expect(await store.loadDocument(id)).toEqual({ snapshot: null, snapshotEncoding: 1, snapshotSeq: 0, updates: [] });
      await expect(store.appendUpdate(id, text('late'))).rejects.toThrow();
      expect(await store.deleteBoard(id)).toBe(false);
      expect((await store.loadDocument(other)).updates.map((u) => u.data)).toEqual([text('untouched')]);
    });

    it('stamps versions with the clock it is given, in place of the time of the append', async () => {
      let now = new Date('2026-01-05T09:00:00.000Z');
      const clocked = fixture.withOptions({ now: () => now });
      const record = newRecord();
      await clocked.createBoard(record, bytes(1));
      const stamps = [now];
      for (const later of ['2026-01-05T09:20:30.250Z', '2026-01-05T09:44:59.999Z']) {
        now = new Date(later);
        stamps.push(now);
        await clocked.appendUpdate(record.id, bytes(stamps.length));
      }
      const { versions } = await clocked.listVersions(record.id, { limit: 10 });
      expect(versions.map((v) => v.at.toISOString())).toEqual(stamps.map((at) => at.toISOString()).reverse());
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describeBoardHistoryCases(() => store, () => newBoard());
  });
}
