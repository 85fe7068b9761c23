import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, nodesOf } from '@scaleboard/board';
import { MemoryBoardStore } from '../storage/MemoryBoardStore';
import { loadDocument, structCount } from './loadDocument';
import { COMPACT_STRUCTS_PER_TAIL_ENTRY, COMPACT_TAIL_BYTES_PER_STRUCT, UpdateLog, foldDocument, type LogPolicy } from './UpdateLog';

const logger = pino({ level: 'silent' });

/** A store holding one board, a log for it, and a client whose edits become its updates. */
async function setup(policy: LogPolicy) {
  const store = new MemoryBoardStore();
  await store.createBoard({ id: 'b', title: 'B', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });
  const log = new UpdateLog('b', store, policy, logger, (error) => {
    throw error;
  });
  const client = new Y.Doc();
  const edit = (change: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    change(client);
    log.append(Y.encodeStateAsUpdate(client, before), [], () => undefined);
  };
  return { store, log, client, edit };
}

describe('UpdateLog', () => {
  it('folds the log into a snapshot once its entries pass compactAfterBytes, before compactEvery of them', async () => {
    const { store, log, client, edit } = await setup({ compactEvery: 1000, compactAfterBytes: 400 });
    edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} }));
    await log.flush();
    expect((await store.loadDocument('b')).snapshot).toBeNull();
    for (let i = 1; i <= 40; i++) edit((d) => moveNodes(d, [{ id: 'web', x: i, y: i }]));
    await log.flush();
    const stored = await store.loadDocument('b');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.reduce((sum, entry) => sum + entry.data.byteLength, 0)).toBeLessThan(400);
    // Nothing is lost from the board, and every version stays in the history.
    const { doc } = await loadDocument(store, 'b');
    expect(nodesOf(doc).get('web')?.get('x')).toBe(40);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(client));
    expect((await store.listVersions('b', { limit: 100 })).versions).toHaveLength(41);
  });

  it('settles a closing board into a snapshot when its tail is long, and leaves a short one', async () => {
    const { store, log, client, edit } = await setup({ compactEvery: 1000, settleAfterBytes: 300 });
    edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} }));
    await log.flush();
    await log.settle();
    expect((await store.loadDocument('b')).snapshot).toBeNull(); // a short visit leaves its tail

    for (let i = 1; i <= 20; i++) edit((d) => moveNodes(d, [{ id: 'web', x: i, y: i }]));
    await log.flush();
    expect((await store.loadDocument('b')).updates.reduce((sum, entry) => sum + entry.data.byteLength, 0)).toBeGreaterThanOrEqual(300);
    await log.settle();
    const stored = await store.loadDocument('b');
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates).toHaveLength(0);
    const { doc } = await loadDocument(store, 'b');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(client));
    expect((await store.listVersions('b', { limit: 100 })).versions).toHaveLength(21);
  });

  it('counts the tail a load found: the next append compacts a board whose log is already long', async () => {
    const { store, log, edit } = await setup({ compactEvery: 1000 });
    edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} }));
    await log.flush();
    const reopened = new UpdateLog('b', store, { compactEvery: 1000, compactAfterBytes: 100 }, logger, (error) => {
      throw error;
    });
    const loaded = await loadDocument(store, 'b');
    reopened.loaded(loaded.tail, structCount(loaded.doc));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate((await loadDocument(store, 'b')).doc));
    const before = Y.encodeStateVector(other);
    moveNodes(other, [{ id: 'web', x: 1, y: 1 }]);
    reopened.append(Y.encodeStateAsUpdate(other, before), [], () => undefined);
    await reopened.flush();
    expect((await store.loadDocument('b')).updates).toHaveLength(0);
  });

  describe('as the store\'s only writer (foldLive), folds the room\'s own document', () => {
    /**
     * A log whose room document is `client`: each edit is handed over as the client makes it, and
     * the board's state at each entry's seq is kept, with what every compaction stored.
     */
    async function soleWriter() {
      const { store, log, client } = await setup({ compactEvery: 1000, compactAfterBytes: 400, foldLive: () => foldDocument(client) });
      const stateAt = new Map<number, Uint8Array>();
      const edit = (change: (doc: Y.Doc) => void) => {
        const before = Y.encodeStateVector(client);
        change(client);
        const state = Y.encodeStateAsUpdate(client);
        log.append(Y.encodeStateAsUpdate(client, before), [], (logged) => stateAt.set(logged.seq, state));
      };
      const compacts = vi.spyOn(store, 'compact');
      const reads = vi.spyOn(store, 'loadDocument');
      /** Each stored snapshot holds the board exactly as it was at its seq: no edit of a later entry. */
      const expectSnapshotsExact = () => {
        expect(compacts).toHaveBeenCalled();
        for (const [, snapshot, throughSeq] of compacts.mock.calls) {
          const doc = new Y.Doc();
          Y.applyUpdateV2(doc, snapshot);
          expect(Y.encodeStateAsUpdate(doc)).toEqual(stateAt.get(throughSeq));
        }
      };
      return { store, log, client, edit, compacts, reads, expectSnapshotsExact };
    }

    it('without reading the log back, as it stood when the compacting entry was handed over', async () => {
      const { store, log, client, edit, reads, expectSnapshotsExact } = await soleWriter();
      edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} }));
      for (let i = 1; i <= 40; i++) {
        edit((d) => moveNodes(d, [{ id: 'web', x: i, y: i }]));
        await log.flush();
      }
      expect(reads).not.toHaveBeenCalled();
      expectSnapshotsExact();
      const { doc } = await loadDocument(store, 'b');
      expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(client));
      expect((await store.listVersions('b', { limit: 100 })).versions).toHaveLength(41);
    });

    it('holds no later edit when entries are handed over faster than they are stored', async () => {
      const { store, log, client, edit, compacts, reads, expectSnapshotsExact } = await soleWriter();
      edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} }));
      // Four entries at a time: a fold taken for the first of them must not see the other three.
      for (let i = 1; i <= 80; i++) {
        edit((d) => moveNodes(d, [{ id: 'web', x: i, y: i }]));
        if (i % 4 === 0) await log.flush();
      }
      await log.flush();
      expect(reads.mock.calls.length).toBeLessThan(compacts.mock.calls.length);
      expectSnapshotsExact();
      const { doc } = await loadDocument(store, 'b');
      expect(Y.encodeStateAsUpdate(doc)).toEqual(Y.encodeStateAsUpdate(client));
    });
  });

  describe('on a board with a long history, waits for a tail worth applying the whole board for before folding it again', () => {
    /** A log whose board already holds a node moved 20,000 times (every overwritten x and y is still a struct), and what it compacts. */
    async function longHistory() {
      const { store, log, client } = await setup({ compactEvery: 200 });
      addNode(client, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, props: {} });
      for (let i = 1; i <= 20_000; i++) moveNodes(client, [{ id: 'web', x: i, y: i }]);
      const history = await store.appendUpdate('b', Y.encodeStateAsUpdate(client));
      await store.compact('b', Y.encodeStateAsUpdateV2(client), history.seq, 2);
      const structs = structCount(client);
      log.loaded({ entries: 0, bytes: 0 }, structs);
      const tail = { entries: 0, bytes: 0, compactedAt: [] as Array<{ entries: number; bytes: number }> };
      const compact = store.compact.bind(store);
      store.compact = async (...args) => {
        tail.compactedAt.push({ entries: tail.entries, bytes: tail.bytes });
        return compact(...args);
      };
      // What the room logs: each transaction's update (its own deletions only), `perEntry` moves merged into one entry.
      const made: Uint8Array[] = [];
      client.on('update', (update: Uint8Array) => made.push(update));
      const moveUntilCompacted = async (perEntry: number) => {
        while (tail.compactedAt.length === 0 && tail.entries < 20_000) {
          for (let m = 0; m < perEntry; m++) moveNodes(client, [{ id: 'web', x: -tail.entries, y: m }]);
          const entry = Y.mergeUpdates(made.splice(0));
          tail.entries++;
          tail.bytes += entry.byteLength;
          log.append(entry, [], () => undefined);
          await log.flush();
        }
      };
      const stored = async () => Y.encodeStateAsUpdate((await loadDocument(store, 'b')).doc);
      return { structs, tail, moveUntilCompacted, stored, client };
    }

    it('single moves, each its own entry: one entry per COMPACT_STRUCTS_PER_TAIL_ENTRY structs, long past compactEvery', async () => {
      const { structs, tail, moveUntilCompacted, stored, client } = await longHistory();
      expect(structs).toBeGreaterThan(40_000);
      await moveUntilCompacted(1);
      expect(tail.compactedAt).toEqual([{ entries: Math.ceil(structs / COMPACT_STRUCTS_PER_TAIL_ENTRY), bytes: tail.bytes }]);
      expect(tail.entries).toBeGreaterThan(200 * 8);
      expect(await stored()).toEqual(Y.encodeStateAsUpdate(client));
    }, 60_000);

    it('merged moves, twenty an entry as a commit window gathers them: COMPACT_TAIL_BYTES_PER_STRUCT bytes per struct', async () => {
      const { structs, tail, moveUntilCompacted, stored, client } = await longHistory();
      await moveUntilCompacted(20);
      expect(tail.compactedAt).toHaveLength(1);
      expect(tail.bytes).toBeGreaterThanOrEqual(structs * COMPACT_TAIL_BYTES_PER_STRUCT);
      expect(tail.bytes - tail.bytes / tail.entries).toBeLessThan(structs * COMPACT_TAIL_BYTES_PER_STRUCT);
      expect(tail.entries * COMPACT_STRUCTS_PER_TAIL_ENTRY).toBeLessThan(structs);
      expect(await stored()).toEqual(Y.encodeStateAsUpdate(client));
    }, 60_000);
  });
});
