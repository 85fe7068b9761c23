import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, edgesOf, metaOf, moveNodes, nodesOf } from '@scaleboard/board';

/** The same wiring as useUndo, exercised without React. */
function wire(doc: Y.Doc, origin: object, gesture: object) {
  let manager: Y.UndoManager | null = null;
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === origin) manager?.stopCapturing();
  });
  manager = new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc)], { trackedOrigins: new Set([origin, gesture]), captureTimeout: 500 });
  return manager;
}

describe('per-user undo', () => {
  const node = (id: string) => ({ id, kind: 'web-server' as const, label: id, x: 0, y: 0, props: {} });

  it('makes each quick discrete edit its own step but merges a drag', () => {
    const doc = new Y.Doc();
    const me = {};
    const gesture = {};
    const undo = wire(doc, me, gesture);
    addNode(doc, node('a'), me);
    addNode(doc, node('b'), me);
    addEdge(doc, { id: 'e', from: 'a', to: 'b', kind: 'sync' }, me);
    undo.stopCapturing();
    for (let x = 1; x <= 5; x += 1) moveNodes(doc, [{ id: 'a', x, y: 0 }], gesture);
    undo.undo();
    expect(nodesOf(doc).get('a')?.get('x')).toBe(0);
    undo.undo();
    expect(edgesOf(doc).size).toBe(0);
    expect(nodesOf(doc).size).toBe(2);
  });

  it("never undoes another user's change", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    alice.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(bob, u, 'remote'));
    bob.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(alice, u, 'remote'));
    const me = {};
    const undo = wire(alice, me, {});
    addNode(alice, node('web'), me);
    addEdge(alice, { id: 'e', from: 'web', to: 'web', kind: 'sync' }, me);
    moveNodes(bob, [{ id: 'web', x: 40, y: 160 }], {});
    undo.undo();
    expect(edgesOf(alice).size).toBe(0);
    expect(nodesOf(alice).get('web')?.get('y')).toBe(160);
    expect(nodesOf(bob).get('web')?.get('y')).toBe(160);
  });
});
