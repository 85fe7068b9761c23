import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, nodesOf } from '@scaleboard/board';
import { WholeState } from './WholeState';

function board() {
  const doc = new Y.Doc();
  addNode(doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
  return doc;
}

describe('WholeState', () => {
  it('serves the same bytes to every peer that has nothing until the document changes', () => {
    const doc = board();
    const whole = new WholeState(doc);
    const first = whole.missingFrom(Y.encodeStateVector(new Y.Doc()));
    expect(first).toEqual(Y.encodeStateAsUpdate(doc));
    expect(whole.missingFrom(new Uint8Array([0]))).toBe(first);
    expect(whole.get()).toBe(first);
    moveNodes(doc, [{ id: 'lb', x: 9, y: 9 }]);
    const after = whole.get();
    expect(after).not.toBe(first);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, after);
    expect(nodesOf(peer).get('lb')?.get('x')).toBe(9);
  });

  it('answers a peer that has part of the board with only what it lacks', () => {
    const doc = board();
    const whole = new WholeState(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, whole.get());
    moveNodes(doc, [{ id: 'lb', x: 3, y: 4 }]);
    const missing = whole.missingFrom(Y.encodeStateVector(peer));
    expect(missing).toEqual(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    Y.applyUpdate(peer, missing);
    expect(nodesOf(peer).get('lb')?.get('y')).toBe(4);
  });

  it('leaves out what the document holds pending', () => {
    const doc = board();
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(source);
    addNode(source, { id: 'c', kind: 'cache', label: 'C', x: 0, y: 0, props: {} });
    const middle = Y.encodeStateVector(source);
    moveNodes(source, [{ id: 'c', x: 1, y: 1 }]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source, middle));
    expect(doc.store.pendingStructs).not.toBeNull();
    const whole = new WholeState(doc);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, whole.get());
    expect(peer.store.pendingStructs).toBeNull();
    expect(doc.store.pendingStructs).not.toBeNull();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source, before));
    Y.applyUpdate(peer, whole.get());
    expect(nodesOf(peer).get('c')?.get('x')).toBe(1);
  });
});
