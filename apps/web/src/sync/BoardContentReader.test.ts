import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEdge, addNode, deleteElements, edgesOf, metaOf, nodesOf, readEdge, readNode, setNodeProp, setTitle, updateNode } from '@scaleboard/board';
import { BoardContentReader } from './BoardContentReader';

function observed(doc: Y.Doc): BoardContentReader {
  const reader = new BoardContentReader(doc);
  nodesOf(doc).observeDeep((events) => reader.nodesChanged(events));
  edgesOf(doc).observeDeep((events) => reader.edgesChanged(events));
  metaOf(doc).observe(() => reader.metaChanged());
  return reader;
}

/** What a full read of the document gives, for comparison. */
function fullRead(doc: Y.Doc) {
  const nodes: unknown[] = [];
  nodesOf(doc).forEach((ynode, id) => nodes.push(readNode(id, ynode)));
  const edges: unknown[] = [];
  edgesOf(doc).forEach((yedge, id) => edges.push(readEdge(id, yedge)));
  return { nodes, edges };
}

describe('BoardContentReader', () => {
  it('re-reads only what a change touched; untouched elements and lists keep their identity', () => {
    const doc = new Y.Doc();
    const reader = observed(doc);
    addNode(doc, { id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} });
    addNode(doc, { id: 'b', kind: 'database', label: 'B', x: 200, y: 0, props: {} });
    addEdge(doc, { id: 'e', from: 'a', to: 'b', kind: 'sync' });
    const first = reader.read();
    expect(reader.read()).toBe(first);

    setNodeProp(doc, 'a', 'instances', 3);
    const second = reader.read();
    expect(second.nodes[0]!.props).toEqual({ instances: 3 });
    expect(second.nodes[1]).toBe(first.nodes[1]);
    expect(second.edges).toBe(first.edges);
    expect(second).toEqual({ ...fullRead(doc), title: '' });

    updateNode(doc, 'b', { label: 'Users' });
    deleteElements(doc, { nodes: ['a'], edges: ['e'] });
    const third = reader.read();
    expect(third.nodes.map((n) => n.label)).toEqual(['Users']);
    expect({ nodes: third.nodes, edges: third.edges }).toEqual(fullRead(doc));

    setTitle(doc, 'Chat');
    const fourth = reader.read();
    expect(fourth.title).toBe('Chat');
    expect(fourth.nodes).toBe(third.nodes);
  });

  it('reads everything again after invalidate (changes made while nobody observed)', () => {
    const doc = new Y.Doc();
    const reader = new BoardContentReader(doc);
    expect(reader.read().nodes).toEqual([]);
    addNode(doc, { id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} });
    expect(reader.read().nodes).toEqual([]);
    reader.invalidate();
    expect(reader.read().nodes.map((n) => n.id)).toEqual(['a']);
  });
});

describe('BoardContentReader against a full read', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const op = fc.oneof(
    fc.record({ type: fc.constant('add' as const), id: fc.constantFrom(...ids), x: fc.integer({ min: 0, max: 500 }) }),
    fc.record({ type: fc.constant('prop' as const), id: fc.constantFrom(...ids), value: fc.integer({ min: 1, max: 9 }) }),
    fc.record({ type: fc.constant('label' as const), id: fc.constantFrom(...ids), value: fc.string({ maxLength: 4 }) }),
    fc.record({ type: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
    fc.record({ type: fc.constant('edge' as const), from: fc.constantFrom(...ids), to: fc.constantFrom(...ids) }),
    fc.record({ type: fc.constant('title' as const), value: fc.string({ maxLength: 4 }) }),
  );

  it('gives what a full read gives after every change', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const doc = new Y.Doc();
        const reader = observed(doc);
        for (const change of ops) {
          const exists = 'id' in change && nodesOf(doc).has(change.id);
          if (change.type === 'add' && !exists) addNode(doc, { id: change.id, kind: 'cache', label: change.id, x: change.x, y: 0, props: {} });
          else if (change.type === 'prop' && exists) setNodeProp(doc, change.id, 'instances', change.value);
          else if (change.type === 'label' && exists) updateNode(doc, change.id, { label: change.value });
          else if (change.type === 'delete' && exists) deleteElements(doc, { nodes: [change.id] });
          else if (change.type === 'edge') addEdge(doc, { id: `${change.from}-${change.to}`, from: change.from, to: change.to, kind: 'sync' });
          else if (change.type === 'title') setTitle(doc, change.value);
          const content = reader.read();
          expect({ nodes: content.nodes, edges: content.edges }).toEqual(fullRead(doc));
          expect(content.title).toBe(metaOf(doc).get('title') ?? '');
        }
      }),
    );
  });
});
