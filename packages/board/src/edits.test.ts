import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardNode } from '@scaleboard/rules';
import { addEdge, addNode, addNodes, moveNodes, setNodeProp, setTitle, updateEdge, updateNode } from './edits';
import { edgesOf, metaOf, nodesOf } from './layout';

const node = (id: string, fields: Partial<BoardNode> = {}): BoardNode => ({ id, kind: 'cache', label: id, x: 0, y: 0, props: {}, ...fields });

/** A document with a group, a cache in it and a database, and a count of the updates it makes. */
function board() {
  const doc = new Y.Doc();
  addNode(doc, node('vpc', { kind: 'private-network' }));
  addNode(doc, node('cache', { parent: 'vpc' }));
  addNode(doc, node('db', { kind: 'database' }));
  let updates = 0;
  doc.on('update', () => (updates += 1));
  return { doc, updates: () => updates };
}

describe('the editing functions ask the live document contract before they write', () => {
  it.each([
    ['a node of an unknown kind', (doc: Y.Doc) => addNode(doc, node('q', { kind: 'quantum' as never })), 'unknown-kind'],
    ['a node inside a non-group', (doc: Y.Doc) => addNode(doc, node('c2', { parent: 'db' })), 'parent-not-group'],
    ['a node inside a node that does not exist', (doc: Y.Doc) => addNode(doc, node('c2', { parent: 'nowhere' })), 'missing-parent'],
    ['a group moved into its own child', (doc: Y.Doc) => {
      addNode(doc, node('inner', { kind: 'region', parent: 'vpc' }));
      return updateNode(doc, 'vpc', { parent: 'inner' });
    }, 'parent-cycle'],
    ['a label over its limit', (doc: Y.Doc) => updateNode(doc, 'db', { label: 'x'.repeat(201) }), 'bad-field'],
    ['negative instances', (doc: Y.Doc) => setNodeProp(doc, 'db', 'instances', -1), 'bad-props'],
    ['a role that is not one', (doc: Y.Doc) => setNodeProp(doc, 'db', 'role', 'master'), 'bad-props'],
    ['an edge to a node that does not exist', (doc: Y.Doc) => addEdge(doc, { id: 'e', from: 'db', to: 'nowhere', kind: 'sync' }), 'missing-end'],
    ['an edge of an unknown kind', (doc: Y.Doc) => {
      addEdge(doc, { id: 'e', from: 'cache', to: 'db', kind: 'sync' });
      return updateEdge(doc, 'e', { kind: 'teleport' as never });
    }, 'bad-field'],
    ['a title over its limit', (doc: Y.Doc) => setTitle(doc, 't'.repeat(201)), 'bad-meta'],
  ])('writes nothing for %s, and says why', (_name, edit, reason) => {
    const { doc } = board();
    const before = Y.encodeStateAsUpdate(doc);
    const snapshot = (d: Y.Doc) => JSON.stringify({ nodes: nodesOf(d).toJSON(), edges: edgesOf(d).toJSON(), meta: metaOf(d).toJSON() });
    const reference = new Y.Doc();
    Y.applyUpdate(reference, before);
    const problem = edit(doc);
    expect(problem?.reason).toBe(reason);
    // Steps that set the case up (an inner group, an edge) are allowed; the refused one is not written.
    expect(snapshot(doc)).not.toContain('quantum');
    expect(snapshot(doc)).not.toContain('x'.repeat(201));
    expect(nodesOf(doc).get('db')?.get('props')).toBeInstanceOf(Y.Map);
    expect((nodesOf(doc).get('db')?.get('props') as Y.Map<unknown>).toJSON()).toEqual({});
    expect(nodesOf(doc).get('vpc')?.get('parent')).toBeUndefined();
    expect(edgesOf(doc).get('e')?.get('kind') ?? 'sync').toBe('sync');
  });

  it('writes what keeps the contract and returns null', () => {
    const { doc } = board();
    expect(setNodeProp(doc, 'db', 'instances', 3)).toBeNull();
    expect(updateNode(doc, 'db', { label: 'Primary', parent: 'vpc' })).toBeNull();
    expect(addEdge(doc, { id: 'e', from: 'cache', to: 'db', kind: 'sync' })).toBeNull();
    expect(setTitle(doc, 'Twitter')).toBeNull();
    expect(nodesOf(doc).get('db')?.toJSON()).toMatchObject({ label: 'Primary', parent: 'vpc', props: { instances: 3 } });
  });

  it('adds a pasted fragment with each group before what it holds, whatever the order', () => {
    const { doc } = board();
    const problems = addNodes(doc, [node('leaf', { parent: 'inner' }), node('inner', { kind: 'region', parent: 'outer' }), node('outer', { kind: 'region' })]);
    expect(problems).toEqual([]);
    expect([...nodesOf(doc).keys()].sort()).toEqual(['cache', 'db', 'inner', 'leaf', 'outer', 'vpc']);
  });

  it('leaves out of a batch only the nodes that break the contract', () => {
    const { doc, updates } = board();
    const problems = addNodes(doc, [node('a'), node('b', { kind: 'nope' as never }), node('c', { parent: 'a' })]);
    expect(problems.map((p) => p.reason)).toEqual(['unknown-kind', 'parent-not-group']);
    expect(nodesOf(doc).has('a') && !nodesOf(doc).has('b') && !nodesOf(doc).has('c')).toBe(true);
    expect(updates()).toBe(1);
  });
});

describe('moveNodes', () => {
  it('skips an entry that is not a node map (a stored bad element) instead of throwing, and moves the rest', () => {
    const { doc } = board();
    (nodesOf(doc) as unknown as Y.Map<unknown>).set('broken', 'not a node');
    expect(() => moveNodes(doc, [{ id: 'broken', x: 5, y: 5 }, { id: 'db', x: 40, y: 50 }])).not.toThrow();
    expect([nodesOf(doc).get('db')?.get('x'), nodesOf(doc).get('db')?.get('y'), nodesOf(doc).get('broken')]).toEqual([40, 50, 'not a node']);
  });
});
