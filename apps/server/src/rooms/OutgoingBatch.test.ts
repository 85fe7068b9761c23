import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { pino } from 'pino';
import { addNode, moveNodes, nodesOf } from '@scaleboard/board';
import { createMetrics } from '../ops/metrics';
import { MemoryBoardStore } from '../storage/MemoryBoardStore';
import { OutgoingBatch } from './OutgoingBatch';
import type { RoomSession } from './RoomSession';
import { UpdateLog } from './UpdateLog';

/** A memory store whose appends wait while `gate` is pending, to hold one in flight. */
class GatedStore extends MemoryBoardStore {
  gate: Promise<void> = Promise.resolve();
  override async appendUpdate(boardId: string, update: Uint8Array) {
    await this.gate;
    return super.appendUpdate(boardId, update);
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** A room's plumbing without websockets: sessions that record frames, a log on the memory store. */
async function setup(commitWindowMs = 0) {
  /** How many other instances the relay reaches: what each publish resolves with. */
  const relay = { reach: 0 as number | undefined };
  const store = new GatedStore();
  await store.createBoard({ id: 'b', title: 'B', keyHashes: { owner: 'o', edit: 'e', view: 'v' }, createdAt: new Date() });
  const log = new UpdateLog('b', store, { compactEvery: 1000 }, pino({ level: 'silent' }), (error) => {
    throw error;
  });
  const session = (id: string) => {
    const frames: Uint8Array[] = [];
    const s: RoomSession = { id, role: 'editor', send: (m) => frames.push(m), close: () => undefined };
    return { session: s, frames };
  };
  const a = session('a');
  const b = session('b');
  const c = session('c');
  const sessions = new Map([a, b, c].map((x) => [x.session, new Set<number>()]));
  const published: Uint8Array[] = [];
  const batch = new OutgoingBatch(
    sessions,
    log,
    async (update) => {
      published.push(update);
      return relay.reach;
    },
    createMetrics(),
    commitWindowMs,
  );
  return { store, batch, a, b, c, published, relay };
}

/** What a client holding the frames' updates sees (frames are y-websocket sync updates: 0, 2, length, update). */
function applyFrames(frames: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const frame of frames) {
    expect([frame[0], frame[1]]).toEqual([0, 2]);
    let offset = 2;
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = frame[offset++] as number;
      length |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    Y.applyUpdate(doc, frame.subarray(offset, offset + length));
  }
  return doc;
}

/** An edit by a fresh client: a node with `id` at x. */
function edit(id: string, x: number): Uint8Array {
  const doc = new Y.Doc();
  addNode(doc, { id, kind: 'cache', label: id, x: 0, y: 0, props: {} });
  moveNodes(doc, [{ id, x, y: 0 }]);
  return Y.encodeStateAsUpdate(doc);
}

describe('OutgoingBatch', () => {
  it('sends what arrives in one turn as one frame per session, never a session its own edits', async () => {
    const { batch, a, b, c } = await setup();
    batch.add(edit('from-a', 1), a.session, true);
    batch.add(edit('from-b', 2), b.session, true);
    batch.add(edit('elsewhere', 3), Symbol('relay'), false);
    expect(c.frames).toHaveLength(0); // not before the turn ends
    await batch.flush();

    expect([a.frames.length, b.frames.length, c.frames.length]).toEqual([1, 1, 1]);
    expect(Array.from(nodesOf(applyFrames(c.frames)).keys()).sort()).toEqual(['elsewhere', 'from-a', 'from-b']);
    expect(Array.from(nodesOf(applyFrames(a.frames)).keys()).sort()).toEqual(['elsewhere', 'from-b']);
    expect(Array.from(nodesOf(applyFrames(b.frames)).keys()).sort()).toEqual(['elsewhere', 'from-a']);
  });

  it('sends a turn of one origin\'s edits to every other session as one frame, and the relay\'s to all', async () => {
    const { batch, a, b, c } = await setup();
    batch.add(edit('one', 1), a.session, true);
    batch.add(edit('two', 2), a.session, true);
    await batch.flush();
    expect([a.frames.length, b.frames.length, c.frames.length]).toEqual([0, 1, 1]);
    expect(Array.from(nodesOf(applyFrames(b.frames)).keys()).sort()).toEqual(['one', 'two']);

    batch.add(edit('relayed', 3), Symbol('relay'), false);
    await batch.flush();
    expect([a.frames.length, b.frames.length, c.frames.length]).toEqual([1, 2, 2]);
    expect(Array.from(nodesOf(applyFrames(a.frames)).keys())).toEqual(['relayed']);
  });

  it('sends a backlog turn (many edits from each session, interleaved) as one frame each, with every other session\'s latest state', async () => {
    const { store, batch, a, b, c } = await setup();
    const writers = [a, b].map((w) => ({ ...w, doc: new Y.Doc() }));
    for (const w of writers) addNode(w.doc, { id: w.session.id, kind: 'cache', label: 'W', x: 0, y: 0, props: {} });
    for (const w of writers) batch.add(Y.encodeStateAsUpdate(w.doc), w.session, true);
    for (let x = 1; x <= 200; x++) {
      for (const w of writers) {
        const before = Y.encodeStateVector(w.doc);
        moveNodes(w.doc, [{ id: w.session.id, x, y: 0 }]);
        batch.add(Y.encodeStateAsUpdate(w.doc, before), w.session, true);
      }
    }
    batch.add(edit('elsewhere', 3), Symbol('relay'), false);
    await batch.flush();
    expect([a.frames.length, b.frames.length, c.frames.length]).toEqual([1, 1, 1]);
    const seenByC = nodesOf(applyFrames(c.frames));
    expect([seenByC.get('a')?.get('x'), seenByC.get('b')?.get('x'), seenByC.has('elsewhere')]).toEqual([200, 200, true]);
    const seenByA = nodesOf(applyFrames(a.frames));
    expect([seenByA.has('a'), seenByA.get('b')?.get('x'), seenByA.has('elsewhere')]).toEqual([false, 200, true]);
    // The log holds the writers' edits (merged in groups: 402 of them), not the relayed one.
    const stored = new Y.Doc();
    for (const { data } of (await store.loadDocument('b')).updates) Y.applyUpdate(stored, data);
    expect([nodesOf(stored).get('a')?.get('x'), nodesOf(stored).get('b')?.get('x'), nodesOf(stored).has('elsewhere')]).toEqual([200, 200, false]);
  });

  it('logs local edits merged, one append in flight at a time, relayed only once durable', async () => {
    const { store, batch, a, published } = await setup();
    let release: () => void = () => undefined;
    store.gate = new Promise((resolve) => (release = resolve));
    batch.add(edit('one', 1), a.session, true);
    batch.add(edit('two', 2), a.session, true);
    batch.add(edit('relayed', 3), Symbol('relay'), false);
    await nextTurn();
    // The first append is held; what arrives meanwhile, over several turns, waits and goes as one entry.
    batch.add(edit('three', 4), a.session, true);
    await nextTurn();
    batch.add(edit('four', 5), a.session, true);
    await nextTurn();
    expect(published).toHaveLength(0);
    const flushed = batch.flush();
    release();
    await flushed;

    const { updates } = await store.loadDocument('b');
    expect(updates).toHaveLength(2);
    expect(published).toHaveLength(2);
    const logged = new Y.Doc();
    for (const { data } of updates) Y.applyUpdate(logged, data);
    expect(Array.from(nodesOf(logged).keys()).sort()).toEqual(['four', 'one', 'three', 'two']);
    const relayed = new Y.Doc();
    for (const update of published) Y.applyUpdate(relayed, update);
    expect(Y.encodeStateAsUpdate(relayed)).toEqual(Y.encodeStateAsUpdate(logged));
  });

  it('with a commit window, sends edits at once but appends them at most once per window; a flush does not wait', async () => {
    const { store, batch, a, b, published } = await setup(60_000);
    batch.add(edit('first', 1), a.session, true);
    await nextTurn();
    await store.gate; // the first append goes at once
    batch.add(edit('second', 2), a.session, true);
    await nextTurn();
    batch.add(edit('third', 3), a.session, true);
    await nextTurn();
    await nextTurn();
    // b saw every edit as it came; the log holds only the first, the others wait for the window.
    expect(Array.from(nodesOf(applyFrames(b.frames)).keys()).sort()).toEqual(['first', 'second', 'third']);
    expect((await store.loadDocument('b')).updates).toHaveLength(1);
    expect(published).toHaveLength(1);

    await batch.flush();
    const { updates } = await store.loadDocument('b');
    expect(updates).toHaveLength(2);
    const logged = new Y.Doc();
    for (const { data } of updates) Y.applyUpdate(logged, data);
    expect(Array.from(nodesOf(logged).keys()).sort()).toEqual(['first', 'second', 'third']);
    expect(published).toHaveLength(2);
    batch.stop();
  });

  it('waits for no window while the relay reaches another instance (its people see edits once durable), and again once it reaches none', async () => {
    const { store, batch, a, relay } = await setup(60_000);
    relay.reach = 1;
    const appended = async (count: number) => {
      for (let turn = 0; turn < 20 && (await store.loadDocument('b')).updates.length < count; turn++) await nextTurn();
      return (await store.loadDocument('b')).updates.length;
    };
    for (let n = 1; n <= 3; n++) {
      batch.add(edit(`shared-${n}`, n), a.session, true);
      expect(await appended(n)).toBe(n);
    }
    // A relay that failed (not known who heard it) counts as heard: no window either.
    relay.reach = undefined;
    batch.add(edit('unknown', 4), a.session, true);
    expect(await appended(4)).toBe(4);
    relay.reach = 0;
    batch.add(edit('last-shared', 5), a.session, true); // its relay reaches nobody
    expect(await appended(5)).toBe(5);
    batch.add(edit('alone', 6), a.session, true);
    expect(await appended(6)).toBe(5); // held for the window
    await batch.flush();
    expect((await store.loadDocument('b')).updates).toHaveLength(6);
    batch.stop();
  });
});
