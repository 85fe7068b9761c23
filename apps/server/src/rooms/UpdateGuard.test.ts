import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, boardToDoc, edgesOf, metaOf, moveNodes, nodesOf, setNodeProp } from '@scaleboard/board';
import { TEMPLATES } from '@scaleboard/rules';
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

/** Edits an honest client cannot make through the board API, each breaking the layout. */
const LAYOUT_BREAKERS: Array<[string, (doc: Y.Doc) => void, RegExp]> = [
  ['a node that is a string, not a map', (d) => nodesOf(d).set('bad', 'boom' as never), /node "bad": is not a map/],
  ['a node whose x is a string', (d) => nodesOf(d).get('lb')!.set('x', '12'), /node "lb": x has the wrong type/],
  ['a node whose y is not finite', (d) => nodesOf(d).get('lb')!.set('y', Number.NaN), /y has the wrong type/],
  ['a node whose props is a plain object', (d) => nodesOf(d).get('lb')!.set('props', { instances: 2 }), /props has the wrong type/],
  ['a new node whose label is a number', (d) => nodesOf(d).set('n2', new Y.Map<unknown>([['kind', 'cache'], ['label', 7]])), /node "n2": label/],
  ['a node that is a Y.Array', (d) => nodesOf(d).set('arr', new Y.Array() as never), /is not a map/],
  ['an edge that is a number', (d) => edgesOf(d).set('e9', 9 as never), /edge "e9": is not a map/],
  ['an edge whose from is a map', (d) => edgesOf(d).set('e1', new Y.Map<unknown>([['from', new Y.Map()]])), /edge "e1": from/],
  ['a title that is a number', (d) => metaOf(d).set('title', 42), /meta.title/],
  ['assumptions that are an array', (d) => metaOf(d).set('assumptions', [1, 2]), /meta.assumptions/],
  ['a label over MAX_LABEL_LENGTH', (d) => nodesOf(d).get('lb')!.set('label', 'x'.repeat(201)), /node "lb": label must be at most 200 characters \(MAX_LABEL_LENGTH\)/],
  ['a note over MAX_NOTE_LENGTH', (d) => nodesOf(d).set('n', new Y.Map<unknown>([['kind', 'note'], ['label', 'x'.repeat(5001)]])), /node "n": label must be at most 5000 characters \(MAX_NOTE_LENGTH\)/],
  ['an edge label over MAX_LABEL_LENGTH', (d) => edgesOf(d).set('e', new Y.Map<unknown>([['from', 'lb'], ['to', 'lb'], ['label', 'x'.repeat(201)]])), /edge "e": label must be at most 200/],
  ['a label with a NUL, which no snapshot of the board could store', (d) => nodesOf(d).get('lb')!.set('label', 'L\u0000B'), /node "lb": label must not contain NUL characters/],
  ['an edge label with a NUL', (d) => edgesOf(d).set('e', new Y.Map<unknown>([['from', 'lb'], ['to', 'lb'], ['label', '\u0000']])), /edge "e": label must not contain NUL/],
  ['a title with a NUL', (d) => metaOf(d).set('title', 'T\u0000'), /meta.title must not contain NUL characters/],
  ['a title over MAX_TITLE_LENGTH', (d) => metaOf(d).set('title', 'x'.repeat(201)), /meta.title must be at most 200 characters \(MAX_TITLE_LENGTH\)/],
];

describe('UpdateGuard', () => {
  it.each(LAYOUT_BREAKERS)('refuses %s, leaving the live document untouched', (_name, change, reason) => {
    const { live, guard, edit } = setup();
    const before = Y.encodeStateAsUpdate(live);
    const verdict = guard.check(edit(change));
    expect(verdict).toMatchObject({ ok: false, code: CLOSE_CODES.badMessage, metric: 'layout' });
    expect(verdict.ok || verdict.reason).toMatch(reason);
    expect(Y.encodeStateAsUpdate(live)).toEqual(before);
  });

  it('accepts every edit the board API makes, and an edge to nowhere', () => {
    const { live, guard, edit } = setup();
    const updates = [
      edit((d) => addNode(d, { id: 'web', kind: 'web-server', label: 'Web', x: 10, y: 20, parent: 'vpc', props: { instances: 2 } })),
      edit((d) => moveNodes(d, [{ id: 'web', x: -5.5, y: 1e6 }])),
      edit((d) => setNodeProp(d, 'lb', 'instances', 3)),
      edit((d) => addEdge(d, { id: 'e1', from: 'lb', to: 'nowhere', kind: 'sync' })),
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
