import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, moveNodes, nodesOf, setNodeProp } from '@scaleboard/board';
import { onlyWritesNodeFields } from './onlyWritesNodeFields';
import { UpdateGuard, type GuardVerdict } from './UpdateGuard';

const ROOMY = { maxBoardBytes: 10 * 1024 * 1024, maxBoardElements: 5000 };

/** What the guard keeps to itself, read here to see which path an update took. */
type Insides = { shadow: Y.Doc | undefined; elements: number };
const insides = (guard: UpdateGuard) => guard as unknown as Insides;

/**
 * The same board behind two guards, one with the fast path and one without (the slow path for
 * every update, as before it), and clients forked from it: every update goes to both, and both
 * must say the same and end with the same live document.
 */
function setup(limits = ROOMY) {
  const seed = new Y.Doc();
  addNode(seed, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
  addNode(seed, { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} });
  addNode(seed, { id: 'web', kind: 'web-server', label: 'Web', x: 5, y: 5, parent: 'vpc', props: {} });
  const state = Y.encodeStateAsUpdate(seed);
  const server = (fastPath: boolean) => {
    const live = new Y.Doc();
    Y.applyUpdate(live, state);
    return { live, guard: new UpdateGuard(live, limits, undefined, { fastPath }) };
  };
  const fast = server(true);
  const slow = server(false);
  const client = () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(fast.live));
    /** The update an edit of this client's produces. */
    return (change: (doc: Y.Doc) => void): Uint8Array => {
      const before = Y.encodeStateVector(doc);
      change(doc);
      return Y.encodeStateAsUpdate(doc, before);
    };
  };
  /**
   * Both guards' verdict, which must be one; and the live documents, which must stay one. The fast
   * guard is handed the update decoded, as the room hands it what the message's decode read.
   */
  const send = (update: Uint8Array): GuardVerdict => {
    const verdict = fast.guard.accept(update, 'client', Y.decodeUpdate(update));
    expect(verdict).toEqual(slow.guard.accept(update, 'client'));
    expect(Y.encodeStateAsUpdate(fast.live)).toEqual(Y.encodeStateAsUpdate(slow.live));
    return verdict;
  };
  /** Another instance's change, straight into both live documents. */
  const relay = (update: Uint8Array) => {
    Y.applyUpdate(fast.live, update, 'relay');
    Y.applyUpdate(slow.live, update, 'relay');
  };
  return { fast, slow, client, send, relay };
}

/** Counts the updates the fast guard's shadow takes (after it was built). */
function shadowUpdates(guard: UpdateGuard): () => number {
  let count = 0;
  insides(guard).shadow!.on('update', () => (count += 1));
  return () => count;
}

describe('UpdateGuard fast path', () => {
  it('takes a move without the shadow, which catches up before it next checks an update', () => {
    const { fast, client, send } = setup();
    const edit = client();
    // The first update builds the shadow (a guard follows the live document from then on).
    expect(send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])))).toEqual({ ok: true });
    const taken = shadowUpdates(fast.guard);
    for (let i = 2; i < 12; i++) {
      const move = edit((d) => moveNodes(d, [{ id: 'lb', x: i, y: -i }, { id: 'web', x: i / 2, y: 0 }]));
      expect(onlyWritesNodeFields(fast.live, move)).toBe(true);
      expect(send(move)).toEqual({ ok: true });
    }
    expect(taken()).toBe(0);
    expect(nodesOf(fast.live).get('lb')?.toJSON()).toMatchObject({ x: 11, y: -11 });
    expect(send(edit((d) => setNodeProp(d, 'lb', 'instances', 3)))).toEqual({ ok: true });
    // The ten moves, merged into one update, then the update it checks.
    expect(taken()).toBe(2);
    const shadow = insides(fast.guard).shadow!;
    expect(Y.encodeStateAsUpdate(shadow)).toEqual(Y.encodeStateAsUpdate(fast.live));
  });

  it('takes a resize that sets a width the node never had, but not a width the schema refuses', () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    const resize = edit((d) => nodesOf(d).get('vpc')!.set('width', 300));
    expect(onlyWritesNodeFields(fast.live, resize)).toBe(true);
    expect(send(resize)).toEqual({ ok: true });
    expect(nodesOf(fast.live).get('vpc')?.get('width')).toBe(300);
    const negative = edit((d) => nodesOf(d).get('vpc')!.set('height', -3));
    expect(onlyWritesNodeFields(fast.live, negative)).toBe(false);
    expect(send(negative)).toMatchObject({ ok: false, metric: 'bad-field', reason: expect.stringContaining('node "vpc": height') });
  });

  it('leaves x written as a string to the shadow, which refuses it as before', () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    const stringly = edit((d) => nodesOf(d).get('lb')!.set('x', '12'));
    expect(onlyWritesNodeFields(fast.live, stringly)).toBe(false);
    expect(send(stringly)).toMatchObject({ ok: false, metric: 'bad-field', reason: expect.stringContaining('node "lb": x: ') });
  });

  it("leaves a move whose delete set also deletes a node's kind to the shadow, which refuses it", () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    // Deleting a key writes no item: only the delete set says it.
    const unkinded = edit((d) => d.transact(() => {
      moveNodes(d, [{ id: 'lb', x: 2, y: 2 }]);
      nodesOf(d).get('lb')!.delete('kind');
    }));
    expect(Y.decodeUpdate(unkinded).structs).toHaveLength(2);
    expect(onlyWritesNodeFields(fast.live, unkinded)).toBe(false);
    expect(send(unkinded)).toMatchObject({ ok: false, metric: 'bad-field', reason: expect.stringContaining('node "lb": kind') });
    expect(nodesOf(fast.live).get('lb')?.get('x')).toBe(1);
  });

  it('leaves a move whose delete set also deletes a whole node to the shadow, which takes it', () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    const deleting = edit((d) => d.transact(() => {
      moveNodes(d, [{ id: 'web', x: 2, y: 2 }]);
      nodesOf(d).delete('lb');
    }));
    expect(onlyWritesNodeFields(fast.live, deleting)).toBe(false);
    const elements = insides(fast.guard).elements;
    expect(send(deleting)).toEqual({ ok: true });
    expect(nodesOf(fast.live).has('lb')).toBe(false);
    expect(insides(fast.guard).elements).toBe(elements - 1);
  });

  it('leaves a move that depends on an update the server never received to the shadow, which refuses it as pending', () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    edit((d) => moveNodes(d, [{ id: 'lb', x: 2, y: 2 }])); // withheld
    const dependent = edit((d) => moveNodes(d, [{ id: 'lb', x: 3, y: 3 }]));
    expect(onlyWritesNodeFields(fast.live, dependent)).toBe(false);
    expect(send(dependent)).toMatchObject({ ok: false, metric: 'pending' });
  });

  it('leaves a move sent twice, and a move that lost a race for the same key, to the shadow', () => {
    const { fast, client, send } = setup();
    const edit = client();
    const other = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    const move = edit((d) => moveNodes(d, [{ id: 'web', x: 4, y: 4 }]));
    expect(send(move)).toEqual({ ok: true });
    expect(onlyWritesNodeFields(fast.live, move)).toBe(false);
    expect(send(move)).toEqual({ ok: true });
    // Made before the move above arrived there: its x and y come after entries the live document replaced.
    const racing = other((d) => moveNodes(d, [{ id: 'web', x: 9, y: 9 }]));
    expect(onlyWritesNodeFields(fast.live, racing)).toBe(false);
    expect(send(racing)).toEqual({ ok: true });
  });

  it('leaves a move of a node inside a node that is not a group (an old log) to the shadow, which takes it', () => {
    const { fast, client, send, relay } = setup();
    // Past the guard, as a log from before the contract holds it.
    relay(client()((d) => nodesOf(d).get('web')!.set('parent', 'lb')));
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    const move = edit((d) => moveNodes(d, [{ id: 'web', x: 4, y: 4 }]));
    expect(onlyWritesNodeFields(fast.live, move)).toBe(false);
    expect(send(move)).toEqual({ ok: true });
  });

  it('counts elements the relay added while the shadow waited, so the element limit still holds', () => {
    const { fast, client, send, relay } = setup({ ...ROOMY, maxBoardElements: 4 });
    const edit = client();
    const peer = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    relay(peer((d) => addNode(d, { id: 'cache', kind: 'cache', label: 'C', x: 0, y: 0, props: {} })));
    for (let i = 0; i < 5; i++) send(edit((d) => moveNodes(d, [{ id: 'lb', x: i, y: i }])));
    // Counted when the shadow catches up, not when the relay's node arrived.
    expect(insides(fast.guard).elements).toBe(3);
    expect(send(edit((d) => addNode(d, { id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: {} })))).toMatchObject({ ok: false, metric: 'too-large' });
  });

  it('leaves an update that names a client twice to the shadow: Yjs applies only its last block', () => {
    const { fast, client, send } = setup();
    send(client()((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    // Two fields the node never had, each in a transaction's own update: an item without origins
    // and an empty delete set (one byte, 0).
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(fast.live));
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    nodesOf(doc).get('vpc')!.set('width', 300);
    nodesOf(doc).get('vpc')!.set('height', 200);
    const [width, height] = updates as [Uint8Array, Uint8Array];
    expect(onlyWritesNodeFields(fast.live, width)).toBe(true);
    expect([width.at(-1), height.at(-1), width[0], height[0]]).toEqual([0, 0, 1, 1]);
    const twice = new Uint8Array([2, ...width.subarray(1, -1), ...height.subarray(1, -1), 0]);
    expect(Y.decodeUpdate(twice).structs).toHaveLength(2);
    expect(onlyWritesNodeFields(fast.live, twice)).toBe(false);
    expect(send(twice)).toMatchObject({ ok: false, metric: 'pending' });
  });

  it('drops a shadow that fell too far behind, and checks the next update on one built again', () => {
    const { fast, client, send } = setup();
    const edit = client();
    send(edit((d) => moveNodes(d, [{ id: 'lb', x: 1, y: 1 }])));
    expect(insides(fast.guard).shadow).toBeDefined();
    for (let i = 0; i < 1001; i++) expect(fast.guard.accept(edit((d) => moveNodes(d, [{ id: 'lb', x: i, y: 2 }])), 'client')).toEqual({ ok: true });
    expect(insides(fast.guard).shadow).toBeUndefined();
    // Moves still take the fast path: the guard still follows the live document for its size estimate.
    const move = edit((d) => moveNodes(d, [{ id: 'web', x: 7, y: 7 }]));
    expect(onlyWritesNodeFields(fast.live, move)).toBe(true);
    expect(fast.guard.accept(move, 'client')).toEqual({ ok: true });
    expect(insides(fast.guard).shadow).toBeUndefined();
    expect(fast.guard.accept(edit((d) => nodesOf(d).get('web')!.set('x', 'far')), 'client')).toMatchObject({ ok: false, metric: 'bad-field' });
    expect(nodesOf(fast.live).get('web')?.get('x')).toBe(7);
  });
});
