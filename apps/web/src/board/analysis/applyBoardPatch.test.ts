import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardToDoc, docToBoard } from '@scaleboard/board';
import { sketch } from '@scaleboard/rules';
import { applyBoardPatch } from './applyBoardPatch';

describe('applyBoardPatch', () => {
  it('applies a fix as one undo step of the user who made it', () => {
    const doc = new Y.Doc();
    boardToDoc(sketch('DB', [['db', 'database']]), doc);
    const me = {};
    const undo = new Y.UndoManager([doc.getMap('nodes'), doc.getMap('edges')], { trackedOrigins: new Set([me]) });
    applyBoardPatch(doc, {
      setProps: [{ node: 'db', props: { engine: 'nosql' } }],
      addNodes: [{ id: 'r', kind: 'database', label: 'DB 2', x: 0, y: 112, props: { role: 'replica' } }],
      addEdges: [{ id: 'e', from: 'db', to: 'r', kind: 'replication' }],
    }, me);
    expect(docToBoard(doc).edges).toHaveLength(1);
    expect(docToBoard(doc).nodes.find((n) => n.id === 'db')?.props).toEqual({ engine: 'nosql' });
    undo.undo();
    expect(docToBoard(doc)).toMatchObject({ nodes: [{ id: 'db', props: {} }], edges: [] });
    expect(undo.canUndo()).toBe(false);
  });
});
