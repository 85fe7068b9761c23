import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, addSketch, boardToDoc, edgesOf, metaOf, moveNodes, moveSketches, nodesOf, setNodeProp, sketchesOf, updateEdge } from '@scaleboard/board';
import { MAX_LABEL_LENGTH, SKETCH_LIMITS, TEMPLATES } from '@scaleboard/rules';
import { encodeIntegratedState } from '../sync/yMessages';
import { CLOSE_CODES } from './RoomSession';
import { UpdateGuard } from './UpdateGuard';

const ROOMY = { maxBoardBytes: 10 * 1024 * 1024, maxBoardElements: 5000 };

/** A live document holding a small valid board, its guard, and a client that forked from it. */
function setup(limits = ROOMY) {
  const live = new Y.Doc();
  const guard = new UpdateGuard(live, limits);
  const seed = new Y.Doc();
  addNode(seed, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} });
  Y.applyUpdate(live, Y.encodeStateAsUpdate(seed));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  /** The update a client edit produces. */
  const edit = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  return { live, guard, client, edit };
}

/** A node map with the given fields, as a hand-made update would write it. */
const yNode = (fields: Record<string, unknown>, props: Record<string, unknown> = {}) =>
  new Y.Map<unknown>([...Object.entries(fields), ['props', new Y.Map<unknown>(Object.entries(props))]]);
const cache = (fields: Record<string, unknown> = {}, props: Record<string, unknown> = {}) => yNode({ kind: 'cache', label: 'C', x: 0, y: 0, ...fields }, props);
/** A sketch map: a small valid stroke with the given fields over it (`undefined` leaves one out). */
const ySketch = (fields: Record<string, unknown>) =>
  new Y.Map<unknown>(Object.entries({ shape: 'stroke', x: 0, y: 0, points: [0, 0, 4, 3], ...fields }).filter(([, value]) => value !== undefined));
/** Nests maps `depth` deep under `map.key`, one integrated map at a time (Yjs integrates a prepared tree recursively). */
function nestInto(map: Y.Map<unknown>, key: string, depth: number): void {
  let inner = map.set(key, new Y.Map<unknown>());
  for (let i = 1; i < depth; i++) inner = inner.set('deeper', new Y.Map<unknown>());
}

/** Edits an honest client cannot make through the board API, each breaking the live document contract. */
const CONTRACT_BREAKERS: Array<[string, (doc: Y.Doc) => void, string, RegExp]> = [
  ['a node that is a string, not a map', (d) => nodesOf(d).set('bad', 'boom' as never), 'not-an-element', /node "bad": is not a map/],
  ['a node whose x is a string', (d) => nodesOf(d).get('lb')!.set('x', '12'), 'bad-field', /node "lb": x: /],
  ['a node whose y is not finite', (d) => nodesOf(d).get('lb')!.set('y', Number.NaN), 'not-plain-json', /node "lb": y is not plain JSON/],
  ['a node whose props is a plain object', (d) => nodesOf(d).get('lb')!.set('props', { instances: 2 }), 'bad-props', /node "lb": props is not a map/],
  ['a new node whose label is a number', (d) => nodesOf(d).set('n2', cache({ label: 7 })), 'bad-field', /node "n2": label/],
  ['a node that is a Y.Array', (d) => nodesOf(d).set('arr', new Y.Array() as never), 'not-an-element', /is not a map/],
  ['a node of a kind the catalogue does not know', (d) => nodesOf(d).set('q', cache({ kind: 'quantum-cache' })), 'unknown-kind', /node "q": kind: /],
  ['a node without a kind', (d) => nodesOf(d).get('lb')!.delete('kind'), 'bad-field', /node "lb": kind: /],
  ['props of the wrong type', (d) => nodesOf(d).set('c', cache({}, { hitRatio: 'most' })), 'bad-props', /node "c": props\.hitRatio: /],
  // Written past setNodeProp, which refuses it (and returns the problem).
  ['negative instances', (d) => (nodesOf(d).get('lb')!.get('props') as Y.Map<unknown>).set('instances', -2), 'bad-props', /node "lb": props\.instances: Too small/],
  ['an enum prop outside its options', (d) => nodesOf(d).set('c', cache({}, { eviction: 'random' })), 'bad-props', /props\.eviction/],
  ['a note style outside its options', (d) => nodesOf(d).set('n', yNode({ kind: 'note', label: 'POST /tweet', x: 0, y: 0 }, { style: 'poster' })), 'bad-props', /node "n": props\.style/],
  ['a note whose mono is not a boolean', (d) => nodesOf(d).set('n', yNode({ kind: 'note', label: 'POST /tweet', x: 0, y: 0 }, { mono: 'yes' })), 'bad-props', /node "n": props\.mono/],
  ['props nested 20,000 maps deep', (d) => d.transact(() => nestInto(nodesOf(d).set('deep', cache()).get('props') as Y.Map<unknown>, 'tower', 20_000)), 'not-plain-json', /node "deep": props\.tower is not plain JSON/],
  ['an edge that is a number', (d) => edgesOf(d).set('e9', 9 as never), 'not-an-element', /edge "e9": is not a map/],
  ['an edge whose from is a map', (d) => edgesOf(d).set('e1', new Y.Map<unknown>([['from', new Y.Map()]])), 'not-plain-json', /edge "e1": from is not plain JSON/],
  ['an edge to a node that never existed', (d) => edgesOf(d).set('e1', new Y.Map<unknown>([['from', 'lb'], ['to', 'ghost'], ['kind', 'sync']])), 'missing-end', /edge "e1": to "ghost" does not exist/],
  ['an edge of an unknown kind', (d) => edgesOf(d).set('e1', new Y.Map<unknown>([['from', 'lb'], ['to', 'lb'], ['kind', 'teleport']])), 'bad-field', /edge "e1": kind/],
  ['a node parented to a node that never existed', (d) => nodesOf(d).set('c', cache({ parent: 'ghost' })), 'missing-parent', /node "c": parent "ghost" does not exist/],
  ['a node parented to a non-group', (d) => nodesOf(d).set('c', cache({ parent: 'lb' })), 'parent-not-group', /node "c": parent "lb" is not a group/],
  ['a node that is its own parent', (d) => nodesOf(d).get('lb')!.set('parent', 'lb'), 'parent-cycle', /node "lb": is its own parent/],
  ['a parent cycle between two groups', (d) => {
    nodesOf(d).set('g1', yNode({ kind: 'region', label: 'G1', x: 0, y: 0, parent: 'g2' }));
    nodesOf(d).set('g2', yNode({ kind: 'region', label: 'G2', x: 0, y: 0, parent: 'g1' }));
  }, 'parent-cycle', /its parents lead back to it/],
  ['a title that is a number', (d) => metaOf(d).set('title', 42), 'bad-meta', /meta.title/],
  ['assumptions that are an array', (d) => metaOf(d).set('assumptions', [1, 2]), 'bad-meta', /meta.assumptions is not a map/],
  ['assumptions of the wrong type', (d) => metaOf(d).set('assumptions', new Y.Map<unknown>([['peakFactor', 'high']])), 'bad-meta', /meta.assumptions .peakFactor/],
  ['1e30 users', (d) => metaOf(d).set('assumptions', new Y.Map<unknown>([['monthlyActiveUsers', 1e30]])), 'bad-meta', /meta.assumptions .monthlyActiveUsers: must be a number from 0 to 10,000,000,000/],
  ['meta.extra that shadows the title', (d) => metaOf(d).set('extra', { title: 'Not the title' }), 'bad-meta', /meta.extra must not hold title/],
  ['meta.extra that shadows the format', (d) => metaOf(d).set('extra', { format: 'scaleboard/v0' }), 'bad-meta', /meta.extra must not hold format/],
  ['a label over MAX_LABEL_LENGTH', (d) => nodesOf(d).get('lb')!.set('label', 'x'.repeat(201)), 'bad-field', /node "lb": label: must be at most 200 characters \(MAX_LABEL_LENGTH\)/],
  ['a 1 MB label', (d) => nodesOf(d).get('lb')!.set('label', 'x'.repeat(1 << 20)), 'bad-field', /node "lb": label: must be at most 200 characters/],
  ['a note over MAX_NOTE_LENGTH', (d) => nodesOf(d).set('n', yNode({ kind: 'note', label: 'x'.repeat(5001), x: 0, y: 0 })), 'bad-field', /node "n": label: must be at most 5000 characters \(MAX_NOTE_LENGTH\)/],
  ['an edge label over MAX_LABEL_LENGTH', (d) => edgesOf(d).set('e', new Y.Map<unknown>([['from', 'lb'], ['to', 'lb'], ['label', 'x'.repeat(201)]])), 'bad-field', /edge "e": label: must be at most 200/],
  ['a label with a NUL, which no snapshot of the board could store', (d) => nodesOf(d).get('lb')!.set('label', 'L\u0000B'), 'bad-field', /node "lb": label: must not contain NUL characters/],
  ['an edge label with a NUL', (d) => edgesOf(d).set('e', new Y.Map<unknown>([['from', 'lb'], ['to', 'lb'], ['label', '\u0000']])), 'bad-field', /edge "e": label: must not contain NUL/],
  ['a title with a NUL', (d) => metaOf(d).set('title', 'T\u0000'), 'bad-meta', /meta.title must not contain NUL characters/],
  ['a sketch that is a string', (d) => sketchesOf(d).set('s', 'scribble' as never), 'not-an-element', /sketch "s": is not a map/],
  ['a stroke of a shape nobody knows', (d) => sketchesOf(d).set('s', ySketch({ shape: 'spiral' })), 'bad-field', /sketch "s": shape/],
  ['a stroke whose points are not whole numbers', (d) => sketchesOf(d).set('s', ySketch({ points: [0, 0, 1.5, 2] })), 'bad-field', /sketch "s": points\[2\]/],
  ['a stroke with an odd number of coordinates', (d) => sketchesOf(d).set('s', ySketch({ points: [0, 0, 1] })), 'bad-field', /sketch "s": points: must hold pairs/],
  ['a stroke over MAX_STROKE_POINTS', (d) => sketchesOf(d).set('s', ySketch({ points: Array.from({ length: 2 * SKETCH_LIMITS.MAX_STROKE_POINTS + 2 }, (_, i) => i % 7) })), 'bad-field', /sketch "s": points: must hold at most 1000 points \(MAX_STROKE_POINTS\)/],
  ['a point beyond MAX_SKETCH_EXTENT', (d) => sketchesOf(d).set('s', ySketch({ points: [0, 0, 1e9, 0] })), 'bad-field', /sketch "s": points\[2\]/],
  ['a stroke without an origin', (d) => sketchesOf(d).set('s', ySketch({ x: undefined })), 'bad-field', /sketch "s": x/],
  ['a rectangle of three points', (d) => sketchesOf(d).set('s', ySketch({ shape: 'rectangle', points: [0, 0, 5, 5, 9, 9] })), 'bad-field', /must hold exactly two points for a rectangle/],
  ['an arrow attached to a node that never existed', (d) => sketchesOf(d).set('s', ySketch({ shape: 'arrow', points: [0, 0, 50, 0], to: 'ghost' })), 'missing-end', /sketch "s": to "ghost" does not exist/],
  ['a stroke attached to a component', (d) => sketchesOf(d).set('s', ySketch({ from: 'lb' })), 'bad-field', /only an arrow attaches/],
  ['a stroke whose points are a Y.Array', (d) => sketchesOf(d).set('s', ySketch({ points: new Y.Array() })), 'not-plain-json', /sketch "s": points is not plain JSON/],
  ['a title over MAX_TITLE_LENGTH', (d) => metaOf(d).set('title', 'x'.repeat(201)), 'bad-meta', /meta.title must be at most 200 characters \(MAX_TITLE_LENGTH\)/],
];

describe('UpdateGuard', () => {
  it.each(CONTRACT_BREAKERS)('refuses %s, leaving the live document untouched', (_name, change, metric, reason) => {
    const { live, guard, edit } = setup();
    const before = Y.encodeStateAsUpdate(live);
    const verdict = guard.check(edit(change));
    expect(verdict).toMatchObject({ ok: false, code: CLOSE_CODES.badMessage, metric });
    expect(verdict.ok || verdict.reason).toMatch(reason);
    expect(Y.encodeStateAsUpdate(live)).toEqual(before);
  });

  it('accepts pen strokes and sketch shapes written through the board API, and their moves', () => {
    const { live, guard, edit } = setup();
    const drawn = edit((d) => {
      expect(addSketch(d, { id: 's1', shape: 'stroke', x: 10, y: 20, points: [0, 0, 3, 4, 9, 12] })).toBeNull();
      expect(addSketch(d, { id: 's2', shape: 'arrow', x: 0, y: 0, points: [0, 0, 80, 0], from: 'lb' })).toBeNull();
      expect(addSketch(d, { id: 's3', shape: 'ellipse', x: 0, y: 0, points: [0, 0, 80, 40] })).toBeNull();
    });
    expect(guard.accept(drawn, null)).toEqual({ ok: true });
    expect(guard.accept(edit((d) => moveSketches(d, [{ id: 's1', x: 100, y: 100 }])), null)).toEqual({ ok: true });
    expect(sketchesOf(live).get('s1')?.get('x')).toBe(100);
  });

  it(`refuses a sketch past MAX_SKETCHES (${SKETCH_LIMITS.MAX_SKETCHES}) but lets a full board delete one`, () => {
    const { live, guard, edit } = setup();
    const full = edit((d) => d.transact(() => {
      for (let i = 0; i < SKETCH_LIMITS.MAX_SKETCHES; i += 1) sketchesOf(d).set(`s${i}`, ySketch({}));
    }));
    expect(guard.accept(full, null)).toEqual({ ok: true });
    const before = Y.encodeStateAsUpdate(live);
    expect(guard.check(edit((d) => sketchesOf(d).set('one-more', ySketch({}))))).toMatchObject({ ok: false, metric: 'too-many-sketches', reason: expect.stringContaining('MAX_SKETCHES') });
    expect(Y.encodeStateAsUpdate(live)).toEqual(before);
    expect(guard.accept(edit((d) => sketchesOf(d).delete('s0')), null)).toEqual({ ok: true });
    expect(sketchesOf(live).size).toBe(SKETCH_LIMITS.MAX_SKETCHES - 1);
  });

  it('refuses a group that stops being one while a node is still inside it', () => {
    const { live, guard, edit } = setup();
    const grouped = edit((d) => {
      addNode(d, { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} });
      addNode(d, { id: 'db', kind: 'database', label: 'DB', x: 5, y: 5, parent: 'vpc', props: {} });
    });
    expect(guard.check(grouped)).toEqual({ ok: true });
    Y.applyUpdate(live, grouped);
    const rekind = edit((d) => nodesOf(d).get('vpc')!.set('kind', 'cache'));
    expect(guard.check(rekind)).toMatchObject({ ok: false, metric: 'parent-not-group', reason: expect.stringContaining('node "db"') });
    // The refused change is still in this client's document: a second client replaces the group.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const before = Y.encodeStateVector(other);
    nodesOf(other).set('vpc', cache());
    expect(guard.check(Y.encodeStateAsUpdate(other, before))).toMatchObject({ ok: false, metric: 'parent-not-group' });
  });

  it('lets a client move an element an old log left outside the contract, but not make it worse', () => {
    const { live, guard } = setup();
    // Written straight into the live document, as a log from before the contract holds it.
    nodesOf(live).set('old', yNode({ kind: 'web-server', label: 'Old', x: 0, y: 0, parent: 'lb' }, { instances: 0 }));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
    const change = (edit: (doc: Y.Doc) => void) => {
      const before = Y.encodeStateVector(client);
      edit(client);
      return Y.encodeStateAsUpdate(client, before);
    };
    const move = change((d) => moveNodes(d, [{ id: 'old', x: 40, y: 40 }]));
    expect(guard.check(move)).toEqual({ ok: true });
    Y.applyUpdate(live, move);
    expect(guard.check(change((d) => nodesOf(d).get('old')!.set('kind', 'quantum')))).toMatchObject({ ok: false, metric: 'unknown-kind' });
  });

  it('lets references to a node a concurrent edit deleted through: the readers leave them out', () => {
    const { live, guard, client, edit } = setup();
    const group = edit((d) => addNode(d, { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} }));
    Y.applyUpdate(live, group);
    // Another client deletes the group and the load balancer while this one still draws on them.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const deletion = Y.encodeStateAsUpdate(other, Y.encodeStateVector(live));
    other.transact(() => {
      nodesOf(other).delete('vpc');
      nodesOf(other).delete('lb');
    });
    const deleted = Y.encodeStateAsUpdate(other, Y.encodeStateVector(live));
    expect(deletion.byteLength).toBeLessThan(deleted.byteLength);
    expect(guard.check(deleted)).toEqual({ ok: true });
    Y.applyUpdate(live, deleted);
    const late = edit((d) => {
      addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 1, y: 1, parent: 'vpc', props: {} });
      addEdge(d, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' });
    });
    expect(nodesOf(client).has('lb')).toBe(true);
    expect(guard.check(late)).toEqual({ ok: true });
  });

  it('accepts every edit the board API makes', () => {
    const { live, guard, edit } = setup();
    const updates = [
      edit((d) => addNode(d, { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} })),
      edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 10, y: 20, parent: 'vpc', props: { instances: 2 } })),
      edit((d) => moveNodes(d, [{ id: 'web', x: -5.5, y: 1e6 }])),
      edit((d) => setNodeProp(d, 'lb', 'instances', 3)),
      edit((d) => addEdge(d, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' })),
      // A connection labelled up to the limit, then unlabelled, as the web's label field does.
      edit((d) => updateEdge(d, 'e1', { label: 'fan-out on write?' })),
      edit((d) => updateEdge(d, 'e1', { label: 'x'.repeat(MAX_LABEL_LENGTH) })),
      edit((d) => updateEdge(d, 'e1', { label: undefined })),
      // A note made a monospace text block, as the inspector does.
      edit((d) => addNode(d, { id: 'api', kind: 'note', label: 'POST /tweet', x: 0, y: 0, props: {} })),
      edit((d) => setNodeProp(d, 'api', 'style', 'text')),
      edit((d) => setNodeProp(d, 'api', 'mono', true)),
      edit((d) => nodesOf(d).delete('web')),
      edit((d) => d.getArray('strokes').push([{ points: [1, 2, 3] }])),
    ];
    for (const update of updates) {
      expect(guard.check(update)).toEqual({ ok: true });
      Y.applyUpdate(live, update);
    }
    expect(nodesOf(live).get('lb')?.get('props')).toBeInstanceOf(Y.Map);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('accepts the template %s imported in one update', (_id, template) => {
    const { guard } = setup();
    const doc = new Y.Doc();
    boardToDoc(template.board, doc);
    expect(guard.check(Y.encodeStateAsUpdate(doc))).toEqual({ ok: true });
  });

  it('refuses an update that would take the board past its element count, but lets it shrink', () => {
    const { live, guard, edit } = setup({ ...ROOMY, maxBoardElements: 3 });
    const two = edit((d) => {
      addNode(d, { id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} });
      addNode(d, { id: 'b', kind: 'cache', label: 'B', x: 0, y: 0, props: {} });
    });
    expect(guard.check(two)).toEqual({ ok: true });
    Y.applyUpdate(live, two);
    const fourth = edit((d) => addNode(d, { id: 'c', kind: 'cache', label: 'C', x: 0, y: 0, props: {} }));
    expect(guard.check(fourth)).toMatchObject({ ok: false, code: CLOSE_CODES.policy, reason: expect.stringContaining('MAX_BOARD_ELEMENTS') });
    const shrink = edit((d) => nodesOf(d).delete('a'));
    // The refused node is still in this client's doc, so deleting 'a' leaves 3: not a growth.
    expect(guard.check(shrink)).toEqual({ ok: true });
  });

  it('refuses an update that would take the board past its byte size', () => {
    const { live, guard, edit } = setup({ ...ROOMY, maxBoardBytes: 4096 });
    const small = edit((d) => addNode(d, { id: 'n', kind: 'note', label: 'x'.repeat(500), x: 0, y: 0, props: {} }));
    expect(guard.check(small)).toEqual({ ok: true });
    Y.applyUpdate(live, small);
    const big = edit((d) => addNode(d, { id: 'm', kind: 'note', label: 'y'.repeat(5000), x: 0, y: 0, props: {} }));
    expect(guard.check(big)).toMatchObject({ ok: false, code: CLOSE_CODES.policy, reason: expect.stringContaining('MAX_BOARD_BYTES') });
    expect(nodesOf(live).has('m')).toBe(false);
  });

  it('refuses an update that depends on changes the server never received', () => {
    const { guard, edit } = setup();
    edit((d) => addNode(d, { id: 'skipped', kind: 'cache', label: 'S', x: 0, y: 0, props: {} }));
    const dependent = edit((d) => moveNodes(d, [{ id: 'skipped', x: 1, y: 1 }]));
    expect(guard.check(dependent)).toMatchObject({ ok: false, metric: 'pending' });
  });

  it('refuses an update that depends on missing changes while the live document already waits on a relay gap', () => {
    // The live document holds a relayed update whose dependency this instance never got (a lost
    // relay message, until the catch-up reads the log). An update that also stays pending must
    // still be refused: parked in the shadow it was never checked, and it would apply unchecked
    // once its dependency arrives.
    const { live, guard, edit } = setup();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(live));
    const peerEdit = (change: (doc: Y.Doc) => void): Uint8Array => {
      const before = Y.encodeStateVector(peer);
      change(peer);
      return Y.encodeStateAsUpdate(peer, before);
    };
    const lost = peerEdit((d) => addNode(d, { id: 'p', kind: 'cache', label: 'P', x: 0, y: 0, props: {} }));
    Y.applyUpdate(live, peerEdit((d) => moveNodes(d, [{ id: 'p', x: 1, y: 1 }])));
    expect(live.store.pendingStructs).not.toBeNull();
    edit((d) => addNode(d, { id: 'skipped', kind: 'cache', label: 'S', x: 0, y: 0, props: {} }));
    const dependent = edit((d) => nodesOf(d).get('skipped')!.set('x', 'not a number'));
    const before = Y.encodeStateAsUpdate(live);
    expect(guard.accept(dependent, 'client')).toMatchObject({ ok: false, metric: 'pending' });
    expect(Y.encodeStateAsUpdate(live)).toEqual(before);
    // Another client's honest edit is still taken during the gap, and the gap's own update, once
    // it arrives, reaches the shadow like any other.
    // It joined during the gap: its sync step 2 leaves out what the live document holds pending.
    const honest = new Y.Doc();
    Y.applyUpdate(honest, encodeIntegratedState(live));
    expect(honest.store.pendingStructs).toBeNull();
    const honestEdit = (change: (doc: Y.Doc) => void): Uint8Array => {
      const before = Y.encodeStateVector(honest);
      change(honest);
      return Y.encodeStateAsUpdate(honest, before);
    };
    expect(guard.accept(honestEdit((d) => moveNodes(d, [{ id: 'lb', x: 7, y: 7 }])), 'honest')).toEqual({ ok: true });
    Y.applyUpdate(live, lost);
    expect(live.store.pendingStructs).toBeNull();
    Y.applyUpdate(honest, Y.encodeStateAsUpdate(live));
    expect(guard.accept(honestEdit((d) => moveNodes(d, [{ id: 'p', x: 2, y: 2 }])), 'honest')).toEqual({ ok: true });
    expect(nodesOf(live).get('p')?.get('x')).toBe(2);
  });

  it('accepts the empty update a fresh client answers step 1 with, without building its shadow', () => {
    const { live, guard, edit } = setup();
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    expect(empty).toEqual(new Uint8Array([0, 0]));
    expect(guard.accept(empty, 'client')).toEqual({ ok: true });
    // A built shadow follows the live document's updates; none was built, so nothing listens.
    expect(live._observers.has('update')).toBe(false);
    expect(guard.accept(edit((d) => moveNodes(d, [{ id: 'lb', x: 5, y: 5 }])), 'client')).toEqual({ ok: true });
    expect(nodesOf(live).get('lb')?.get('x')).toBe(5);
  });

  it('still judges correctly after refusing (the shadow is rebuilt from the live document)', () => {
    const { live, guard, edit } = setup();
    expect(guard.check(edit((d) => nodesOf(d).get('lb')!.set('x', 'bad'))).ok).toBe(false);
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));
    const before = Y.encodeStateVector(other);
    moveNodes(other, [{ id: 'lb', x: 3, y: 4 }]);
    expect(guard.check(Y.encodeStateAsUpdate(other, before))).toEqual({ ok: true });
  });
});
