import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, docToBoard, moveNodes, readDocOf, setNodeProp } from '@scaleboard/board';
import { versionUpdates, type BoardStore, type UpdateAuthor, type VersionDocument } from '../../src/storage/BoardStore';

const ada: UpdateAuthor = { name: 'Ada', role: 'owner' };
const bob: UpdateAuthor = { name: 'Bob', role: 'editor' };
/** A moment after every row any test writes: a prune with it finds everything old. */
const FAR_FUTURE = new Date('2999-01-01T00:00:00Z');

/**
 * A board edited the way the server logs it: each edit made on a Y.Doc with the board package's
 * edit functions, appended as one update, and the document's state recorded right after it, so
 * each version's rebuild can be compared with the board as it really was.
 */
class EditedBoard {
  readonly doc = new Y.Doc();
  /** The board right after each version, by version. */
  readonly stateAt = new Map<number, unknown>();
  readonly versions: number[] = [];
  private pending: Uint8Array[] = [];

  constructor(
    private readonly store: BoardStore,
    readonly id: string,
  ) {
    this.doc.on('update', (update: Uint8Array) => this.pending.push(update));
  }

  /** Makes `edit` (which must be accepted), appends its update, and returns the version. */
  async edit(edit: (doc: Y.Doc) => unknown, authors: UpdateAuthor[] = [bob]): Promise<number> {
    expect(edit(this.doc) ?? null).toBeNull();
    const update = Y.mergeUpdates(this.pending.splice(0));
    const { seq } = await this.store.appendUpdate(this.id, update, authors);
    this.stateAt.set(seq, docToBoard(this.doc));
    this.versions.push(seq);
    return seq;
  }

  /** Edits `count` times: adds a component, then moves it and sets a prop by turns. */
  async edits(count: number): Promise<number[]> {
    const made = [];
    for (let i = 0; i < count; i++) {
      const n = this.versions.length;
      made.push(
        await this.edit((doc) =>
          n % 3 === 0
            ? addNode(doc, { id: `c${n}`, kind: 'app-server', label: `Service ${n}`, x: n, y: 0, props: {} })
            : n % 3 === 1
              ? moveNodes(doc, [{ id: `c${n - 1}`, x: n * 10, y: n }])
              : setNodeProp(doc, `c${n - 2}`, 'instances', n),
        ),
      );
    }
    return made;
  }

  /** Compacts as the server does: the document's whole state (in v2), through the last version. */
  async compact(): Promise<number> {
    const through = this.versions.at(-1)!;
    await this.store.compact(this.id, Y.encodeStateAsUpdateV2(this.doc), through, 2);
    return through;
  }

  /** Expects `version` to rebuild exactly the board as it was right after that version. */
  async expectRebuilds(version: number): Promise<void> {
    const rebuilt = rebuild(await this.store.loadVersion(this.id, version));
    expect(rebuilt, `version ${version}`).toEqual(this.stateAt.get(version));
  }
}

function rebuild(stored: VersionDocument | null): unknown {
  return stored ? readDocOf(versionUpdates(stored)).board : null;
}

/** The versions the store lists, oldest first, read page by page. */
async function allVersions(store: BoardStore, id: string): Promise<number[]> {
  const page = await store.listVersions(id, { limit: 500 });
  return page.versions.map((v) => v.version).reverse();
}

/**
 * The history part of the BoardStore contract (issue 15): every log entry is a version, with
 * its time, authors and label; compaction keeps checkpoints; retention keeps what remains
 * rebuildable. Called inside `describeBoardStoreContract`, on its store.
 */
export function describeBoardHistoryCases(storeOf: () => BoardStore, newBoard: () => Promise<string>): void {
  const edited = async () => new EditedBoard(storeOf(), await newBoard());

  it('lists versions newest first with their time and authors, a page at a time', async () => {
    const store = storeOf();
    const id = await newBoard();
    const started = Date.now();
    const seqs = [];
    for (const authors of [[], [ada], [bob], [ada, bob], [bob]]) seqs.push((await store.appendUpdate(id, new Uint8Array([1]), authors)).seq);
    const ended = Date.now();
    const [v1, v2, v3, v4, v5] = seqs as [number, number, number, number, number];

    const first = await store.listVersions(id, { limit: 2 });
    expect(first.versions.map((v) => [v.version, v.authors, v.label])).toEqual([
      [v5, [bob], null],
      [v4, [ada, bob], null],
    ]);
    expect(first.next).toBe(v4);
    for (const { at } of first.versions) {
      // Database time at millisecond precision (rounded), on this machine's clock.
      expect(at.getTime()).toBeGreaterThanOrEqual(started - 1);
      expect(at.getTime()).toBeLessThanOrEqual(ended + 1);
    }
    const second = await store.listVersions(id, { before: first.next!, limit: 2 });
    expect(second.versions.map((v) => v.version)).toEqual([v3, v2]);
    expect(second.next).toBe(v2);
    const last = await store.listVersions(id, { before: second.next!, limit: 2 });
    expect(last.versions.map((v) => [v.version, v.authors])).toEqual([[v1, []]]);
    expect(last.next).toBeNull();
    // A page that ends exactly at the first version says so.
    expect(await store.listVersions(id, { before: v3, limit: 2 })).toMatchObject({ versions: [{ version: v2 }, { version: v1 }], next: null });
    expect(await store.listVersions(randomUUID(), { limit: 10 })).toEqual({ versions: [], next: null });
  });

  it('keeps at most 32 authors, names clipped to 200 characters, without NUL or lone surrogates', async () => {
    const store = storeOf();
    const id = await newBoard();
    const crowd = Array.from({ length: 40 }, (_, i): UpdateAuthor => ({ name: `Guest ${i}`, role: 'editor' }));
    const long = `${'é'.repeat(199)}😀 and more`; // the clip falls inside the emoji's surrogate pair
    const authors: UpdateAuthor[] = [{ name: long, role: 'owner' }, { name: 'N\u0000ul \ud800x', role: 'server' }, ...crowd];
    const { seq } = await store.appendUpdate(id, new Uint8Array([1]), authors);
    const [version] = (await store.listVersions(id, { limit: 1 })).versions;
    expect(version?.version).toBe(seq);
    expect(version?.authors).toEqual([{ name: 'é'.repeat(199), role: 'owner' }, { name: 'Nul x', role: 'server' }, ...crowd.slice(0, 30)]);
  });

  it('labels a version, lists the label, and removes it again', async () => {
    const store = storeOf();
    const id = await newBoard();
    const { seq } = await store.appendUpdate(id, new Uint8Array([1]));
    const other = await newBoard();
    const { seq: otherSeq } = await store.appendUpdate(other, new Uint8Array([2]));

    expect(await store.labelVersion(id, seq, 'before the deep dive — 深掘り前')).toBe(true);
    expect((await store.listVersions(id, { limit: 1 })).versions[0]?.label).toBe('before the deep dive — 深掘り前');
    expect(await store.labelVersion(id, seq, null)).toBe(true);
    expect((await store.listVersions(id, { limit: 1 })).versions[0]?.label).toBeNull();

    // Another board's version, an unknown board, numbers that are no seq: nothing to label.
    for (const [board, version] of [[id, otherSeq], [randomUUID(), seq], [id, 0], [id, -1], [id, 1.5], [id, Number.MAX_VALUE]] as const) {
      expect(await store.labelVersion(board, version, 'x'), `${board} ${version}`).toBe(false);
    }
    await expect(store.labelVersion(id, seq, 'a\u0000b')).rejects.toThrow(/NUL/);
    expect((await store.listVersions(id, { limit: 1 })).versions[0]?.label).toBeNull();
    expect((await store.listVersions(other, { limit: 1 })).versions[0]?.label).toBeNull();
  });

  it('rebuilds every version exactly, across compactions, which keep the whole history', async () => {
    const board = await edited();
    await board.edits(7);
    const firstCheckpoint = await board.compact();
    await board.edits(5);
    const secondCheckpoint = await board.compact();
    await board.edits(4);

    expect(await allVersions(storeOf(), board.id)).toEqual(board.versions);
    for (const version of board.versions) await board.expectRebuilds(version);
    // A version after a checkpoint is rebuilt from it and the entries since; one before the
    // first checkpoint from the log's start; a checkpoint's own version from the checkpoint.
    const afterSecond = board.versions.at(-1)!;
    expect(await storeOf().loadVersion(board.id, afterSecond)).toMatchObject({ checkpoint: expect.any(Uint8Array), updates: { length: 4 } });
    expect(await storeOf().loadVersion(board.id, board.versions[2]!)).toMatchObject({ checkpoint: null, updates: { length: 3 } });
    expect(await storeOf().loadVersion(board.id, firstCheckpoint)).toMatchObject({ updates: [] });
    // The live load stays snapshot plus the short tail.
    const live = await storeOf().loadDocument(board.id);
    expect(live.snapshotSeq).toBe(secondCheckpoint);
    expect(live.updates.map((u) => u.seq)).toEqual(board.versions.slice(-4));
  });

  it('answers null for a version that is not a seq of this board', async () => {
    const board = await edited();
    const [version] = await board.edits(1);
    const other = await edited();
    const [otherVersion] = await other.edits(1);
    for (const [id, v] of [[board.id, otherVersion!], [randomUUID(), version!], [board.id, 0], [board.id, -1], [board.id, 2.5], [board.id, Number.MAX_SAFE_INTEGER], [board.id, Infinity]] as const) {
      expect(await storeOf().loadVersion(id, v), `${id} ${v}`).toBeNull();
    }
  });

  it('prunes old history down to what keeps every remaining version rebuildable, keeping labelled versions', async () => {
    const board = await edited();
    const store = storeOf();
    // Log e1…e10: checkpoints at e4 and e8 (the snapshot), e2 and e6 labelled.
    const e = await board.edits(4);
    await board.compact();
    e.push(...(await board.edits(4)));
    await board.compact();
    e.push(...(await board.edits(2)));
    expect(await store.labelVersion(board.id, e[1]!, 'first sketch')).toBe(true);
    expect(await store.labelVersion(board.id, e[5]!, 'before the deep dive')).toBe(true);

    await store.pruneHistory(board.id, FAR_FUTURE);

    // Before the first checkpoint, e2 needs e1. From checkpoint e4, e6 needs e5 (e4 itself is
    // in the checkpoint); e7 and e8 go (e8 is in the kept checkpoint). After the snapshot,
    // everything stays.
    const [e1, e2, , , e5, e6, , , e9, e10] = e;
    expect(await allVersions(store, board.id)).toEqual([e1, e2, e5, e6, e9, e10]);
    for (const version of [e1, e2, e5, e6, e9, e10]) await board.expectRebuilds(version!);
    for (const version of [e[2], e[3], e[6], e[7]]) expect(await store.loadVersion(board.id, version!)).toBeNull();
    // Labels survive, the live board is untouched, and a second prune changes nothing.
    expect((await store.listVersions(board.id, { limit: 500 })).versions.filter((v) => v.label).map((v) => v.label)).toEqual(['before the deep dive', 'first sketch']);
    const live = await store.loadDocument(board.id);
    expect(live.updates.map((u) => u.seq)).toEqual([e9, e10]);
    await store.pruneHistory(board.id, FAR_FUTURE);
    expect(await allVersions(store, board.id)).toEqual([e1, e2, e5, e6, e9, e10]);
  });

  it('prunes only history created before the cut', async () => {
    const board = await edited();
    const store = storeOf();
    await board.edits(3);
    await board.compact(); // checkpoint at v3
    await board.edits(2);
    const cut = await clockPast(await newestTime(store, board.id));
    await clockPast(cut);
    await board.edits(3);
    await board.compact(); // checkpoint at v8, the snapshot
    // The premise: the cut falls between the first five versions and the last three.
    const times = (await store.listVersions(board.id, { limit: 500 })).versions.map((v) => v.at.getTime()).reverse();
    expect(times.map((at) => at < cut.getTime())).toEqual([true, true, true, true, true, false, false, false]);

    await store.pruneHistory(board.id, cut);

    // v1 and v2 went, and v3 (its checkpoint holds it); v4 and v5 are old but v6 and v7,
    // rebuilt from the v3 checkpoint, need them.
    const remaining = board.versions.slice(3);
    expect(await allVersions(store, board.id)).toEqual(remaining);
    for (const version of remaining) await board.expectRebuilds(version);
  });

  it('prunes nothing the snapshot does not cover: a board never compacted, an unknown one, the tail', async () => {
    const board = await edited();
    await board.edits(3);
    await storeOf().pruneHistory(board.id, FAR_FUTURE);
    expect(await allVersions(storeOf(), board.id)).toEqual(board.versions);
    await board.compact();
    await board.edits(2);
    await storeOf().pruneHistory(board.id, FAR_FUTURE);
    // The first two go, and the third (the snapshot's checkpoint holds it); the tail stays.
    expect(await allVersions(storeOf(), board.id)).toEqual(board.versions.slice(3));
    for (const version of board.versions.slice(3)) await board.expectRebuilds(version);
    await expect(storeOf().pruneHistory(randomUUID(), FAR_FUTURE)).resolves.toBeUndefined();
  });

  it('deletes the history with the board', async () => {
    const board = await edited();
    const [first] = await board.edits(3);
    await board.compact();
    await board.edits(1);
    expect(await storeOf().deleteBoard(board.id)).toBe(true);
    expect(await storeOf().listVersions(board.id, { limit: 10 })).toEqual({ versions: [], next: null });
    expect(await storeOf().loadVersion(board.id, first!)).toBeNull();
    expect(await storeOf().loadVersion(board.id, board.versions.at(-2)!)).toBeNull();
  });
}

async function newestTime(store: BoardStore, id: string): Promise<Date> {
  return (await store.listVersions(id, { limit: 1 })).versions[0]!.at;
}

/** Waits (a condition, not a fixed time) until this machine's clock is past `moment` by 2 ms. */
async function clockPast(moment: Date): Promise<Date> {
  while (Date.now() <= moment.getTime() + 2) await new Promise((resolve) => setTimeout(resolve, 1));
  return new Date();
}
