import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardReader } from './BoardReader';
import { addEdge, addNode, deleteElements, setNodeProp, setTitle, updateEdge, updateNode } from './edits';
import { assumptionsOf, edgesOf, nodesOf } from './layout';
import { docToBoard, readDoc } from './snapshot';

describe('BoardReader', () => {
  it('re-reads only what a change touched: untouched elements, lists and boards keep their identity', () => {
    const doc = new Y.Doc();
    const reader = new BoardReader(doc);
    addNode(doc, { id: 'b', kind: 'database', label: 'B', x: 200, y: 0, props: {} });
    addNode(doc, { id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} });
    addEdge(doc, { id: 'e', from: 'a', to: 'b', kind: 'sync' });
    const first = reader.read();
    expect(first).toEqual(docToBoard(doc));
    expect(first.nodes.map((n) => n.id)).toEqual(['a', 'b']); // sorted by id, as docToBoard
    expect(reader.read()).toBe(first);

    setNodeProp(doc, 'a', 'instances', 3);
    const second = reader.read();
    expect(second).toEqual(docToBoard(doc));
    expect(second.nodes[1]).toBe(first.nodes[1]);
    expect(second.edges).toBe(first.edges);

    let announced = 0;
    reader.subscribe(() => (announced += 1));
    doc.transact(() => {
      setTitle(doc, 'Chat');
      updateNode(doc, 'b', { label: 'Users' });
    });
    expect(announced).toBe(1); // one transaction, one announcement
    const third = reader.read();
    expect(third.nodes[1]!.label).toBe('Users');
    reader.read();
    expect(third.title).toBe('Chat');
    expect(third.edges).toBe(second.edges);
    reader.dispose();
    setTitle(doc, 'Ignored');
    expect(reader.read()).toBe(third);
  });

  it('equals docToBoard after any sequence of edits', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const id = fc.constantFrom(...ids);
    const change = fc.oneof(
      fc.record({ type: fc.constant('add' as const), id, x: fc.integer({ min: 0, max: 500 }) }),
      fc.record({ type: fc.constant('prop' as const), id, value: fc.integer({ min: 1, max: 9 }) }),
      fc.record({ type: fc.constant('label' as const), id, value: fc.string({ maxLength: 3 }) }),
      fc.record({ type: fc.constant('delete' as const), id }),
      fc.record({ type: fc.constant('edge' as const), from: id, to: id }),
      fc.record({ type: fc.constant('edge-kind' as const), from: id, to: id }),
      fc.record({ type: fc.constant('title' as const), value: fc.string({ maxLength: 3 }) }),
      fc.record({ type: fc.constant('assumption' as const), value: fc.integer({ min: 1, max: 1e9 }) }),
      // What an edit key or a newer client may write: the reader leaves such elements out as docToBoard does.
      fc.record({ type: fc.constant('junk' as const), id, field: fc.constantFrom('kind', 'x', 'label', 'parent'), value: fc.constantFrom('future-kind', Number.NaN, 7, null, 'cache') }),
      fc.record({ type: fc.constant('junk-edge' as const), from: id, to: id, value: fc.constantFrom('teleport', 'async', 3) }),
    );
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), fc.array(fc.boolean(), { maxLength: 25 }), (changes, readAfter) => {
        const doc = new Y.Doc();
        const reader = new BoardReader(doc);
        changes.forEach((c, i) => {
          const exists = 'id' in c && nodesOf(doc).has(c.id);
          if (c.type === 'add' && !exists) addNode(doc, { id: c.id, kind: 'cache', label: c.id, x: c.x, y: 0, props: {} });
          else if (c.type === 'prop' && exists) setNodeProp(doc, c.id, 'instances', c.value);
          else if (c.type === 'label' && exists) updateNode(doc, c.id, { label: c.value });
          else if (c.type === 'delete' && exists) deleteElements(doc, { nodes: [c.id] });
          else if (c.type === 'edge') addEdge(doc, { id: `${c.from}${c.to}`, from: c.from, to: c.to, kind: 'sync' });
          else if (c.type === 'edge-kind') updateEdge(doc, `${c.from}${c.to}`, { kind: 'async' });
          else if (c.type === 'title') setTitle(doc, c.value);
          else if (c.type === 'assumption') doc.transact(() => assumptionsOf(doc).set('monthlyActiveUsers', c.value));
          else if (c.type === 'junk' && exists) doc.transact(() => nodesOf(doc).get(c.id)!.set(c.field, c.value));
          else if (c.type === 'junk-edge') doc.transact(() => edgesOf(doc).get(`${c.from}${c.to}`)?.set('kind', c.value));
          // Reads between some changes and not others: several changes may pile up unread.
          if (readAfter[i]) expect(reader.reading()).toEqual(readDoc(doc));
        });
        expect(reader.reading()).toEqual(readDoc(doc));
        expect(reader.read()).toEqual(docToBoard(doc));
      }),
    );
  });
});
