import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, nodesOf } from '@scaleboard/board';
import type { StoredDocument } from '../storage/BoardStore';
import { foldStored } from './loadDocument';
import { SnapshotFolder } from './SnapshotFolder';

/** A board that took `moves` moves, as the store holds it: a v2 snapshot of the first half and the rest as log entries. */
function storedBoard(moves: number): StoredDocument {
  const doc = new Y.Doc();
  addNode(doc, { id: 'n', kind: 'cache', label: 'Cache', x: 0, y: 0, props: {} });
  for (let n = 0; n < moves / 2; n++) moveNodes(doc, [{ id: 'n', x: n, y: n }]);
  const snapshot = Y.encodeStateAsUpdateV2(doc);
  const updates: StoredDocument['updates'] = [];
  doc.on('update', (data: Uint8Array) => updates.push({ seq: 100 + updates.length, data }));
  for (let n = moves / 2; n < moves; n++) moveNodes(doc, [{ id: 'n', x: n, y: -n }]);
  return { snapshot, snapshotEncoding: 2, snapshotSeq: 99, updates };
}

function nodeOf(snapshot: Uint8Array): unknown {
  const doc = new Y.Doc();
  Y.applyUpdateV2(doc, snapshot);
  return nodesOf(doc).get('n')?.toJSON();
}

describe('SnapshotFolder', () => {
  let folder: SnapshotFolder;
  afterEach(() => folder.close());

  it('folds a stored board on its thread into the snapshot this thread would make', async () => {
    folder = new SnapshotFolder();
    const stored = storedBoard(2000);
    const folded = await folder.fold(stored);
    expect(folded).toEqual(foldStored(stored));
    expect(nodeOf(folded)).toMatchObject({ x: 1999, y: -1999 });
  });

  it('fails a fold of bytes that are no board, and folds the next one', async () => {
    folder = new SnapshotFolder();
    const broken: StoredDocument = { snapshot: new Uint8Array([0, 255, 255, 255, 255, 255]), snapshotEncoding: 2, snapshotSeq: 1, updates: [] };
    await expect(folder.fold(broken)).rejects.toThrow();
    expect(nodeOf(await folder.fold(storedBoard(10)))).toMatchObject({ x: 9, y: -9 });
  });

  it('ends its thread once idle, and starts one again for the next fold', async () => {
    folder = new SnapshotFolder(20);
    await folder.fold(storedBoard(10));
    expect(folder.running).toBe(true);
    await expect.poll(() => folder.running, { timeout: 5000 }).toBe(false);
    expect(nodeOf(await folder.fold(storedBoard(4)))).toMatchObject({ x: 3, y: -3 });
    expect(folder.running).toBe(true);
  });
});
