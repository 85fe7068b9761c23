import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isGroupKind, parseBoard, type Board, type BoardNode } from '@scaleboard/rules';
import { changeProblem } from '../contract';
import { deleteElements, setNodeProp, updateNode } from '../edits';
import { edgesOf, metaOf, nodesOf } from '../layout';
import { boardToDoc, createEdgeMap, docToBoard, readDoc } from '../snapshot';
import { arbitraryBoard } from './arbitraryBoard';
import { restoreBoard } from './restoreBoard';

const ME = 'restorer';

function docOf(board: Board): Y.Doc {
  const doc = new Y.Doc();
  boardToDoc(board, doc);
  return doc;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Both ways, as two clients of one room end up. */
function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** A node of a kind this version does not know, as a newer client writes it. */
function writeUnknownNode(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  const ynode = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({ kind: 'quantum-queue', label: id, x: 5, y: 7, ...fields })) ynode.set(key, value);
  ynode.set('props', new Y.Map());
  doc.transact(() => nodesOf(doc).set(id, ynode));
}

/** Every element checked, as if the restore had touched them all: stricter than the server's guard. */
function contractProblem(doc: Y.Doc, before: Y.Doc) {
  const nodes = new Set([...nodesOf(doc).keys(), ...nodesOf(before).keys()]);
  const edges = new Set([...edgesOf(doc).keys(), ...edgesOf(before).keys()]);
  return changeProblem(doc, { nodes, edges, meta: new Set(metaOf(doc).keys()), rekinded: nodes }, before);
}

const json = (doc: Y.Doc, id: string) => nodesOf(doc).get(id)?.toJSON();
const undoManagerOf = (doc: Y.Doc) => new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc)], { trackedOrigins: new Set([ME]) });

describe('restoreBoard', () => {
  it('makes any document read as any board in one undoable transaction, within the contract', () => {
    fc.assert(
      fc.property(arbitraryBoard, arbitraryBoard, fc.boolean(), (a, b, withUnknown) => {
        const doc = docOf(a);
        if (withUnknown) {
          // One only this document has, one inside a group of `a` (which `b` may make a non-group), one `b` may replace.
          writeUnknownNode(doc, 'u', {});
          const group = a.nodes.find((node) => node.kind === 'region');
          if (group) writeUnknownNode(doc, 'child', { parent: group.id });
          const free = ['a', 'b', 'c', 'd', 'e'].find((id) => !a.nodes.some((node) => node.id === id));
          if (free) writeUnknownNode(doc, free, {});
          doc.transact(() => edgesOf(doc).set('teleport', createEdgeMap({ id: 'teleport', from: 'u', to: 'u', kind: 'teleport' as never })));
        }
        const before = copyOf(doc);
        const undo = undoManagerOf(doc);
        let transactions = 0;
        doc.on('afterTransaction', (transaction: Y.Transaction) => (transactions += transaction.origin === ME ? 1 : 0));

        restoreBoard(doc, b, ME);

        expect(docToBoard(doc)).toEqual(docToBoard(docOf(b)));
        expect(parseBoard(docToBoard(doc)).ok).toBe(true);
        expect(transactions).toBe(1);
        expect(contractProblem(doc, before)).toBeNull();
        if (withUnknown) {
          expect(json(doc, 'u')).toEqual(json(before, 'u'));
          expect(edgesOf(doc).get('teleport')?.toJSON()).toEqual(edgesOf(before).get('teleport')?.toJSON());
          const parent = b.nodes.find((node) => node.id === json(before, 'child')?.parent);
          if (parent && !isGroupKind(parent.kind)) expect(json(doc, 'child')?.parent).toBeUndefined();
          else expect(json(doc, 'child')).toEqual(json(before, 'child'));
        }

        expect(undo.undoStack.length).toBeLessThanOrEqual(1); // one step, none when the board was already there
        undo.undo();
        expect(docToBoard(doc)).toEqual(docToBoard(before));
        expect(readDoc(doc).unknownNodes).toEqual(readDoc(before).unknownNodes);
        expect(undo.undoStack).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  }, 30_000); // 300 pairs of boards: well under a second alone, more on a loaded machine

  it('keeps what another client edits at the same moment in an element the restore leaves alone', () => {
    const keep: BoardNode = { id: 'keep', kind: 'database', label: 'Keep', x: 1, y: 2, props: { replicas: 1 } };
    const withKeep = (board: Board): Board => ({ ...board, nodes: [...board.nodes.filter((node) => node.id !== 'keep'), keep] });
    fc.assert(
      fc.property(arbitraryBoard.map(withKeep), arbitraryBoard.map(withKeep), (a, b) => {
        const here = docOf(a);
        const there = copyOf(here);
        updateNode(there, 'keep', { label: 'Edited elsewhere', x: 40 });
        setNodeProp(there, 'keep', 'instances', 3);

        restoreBoard(here, b, ME);
        merge(here, there);

        const expected = docToBoard(docOf(b));
        expected.nodes = expected.nodes.map((node) => (node.id === 'keep' ? { ...node, label: 'Edited elsewhere', x: 40, props: { replicas: 1, instances: 3 } } : node));
        expect(docToBoard(here)).toEqual(expected);
        expect(docToBoard(there)).toEqual(expected);
      }),
    );
  });

  it('writes only the fields that differ, so a concurrent edit of another field of the same element survives', () => {
    const a: Board = {
      format: 'scaleboard/v1',
      title: 'Now',
      assumptions: { monthlyActiveUsers: 1000 },
      nodes: [
        { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} },
        { id: 'db', kind: 'database', label: 'Primary', x: 10, y: 20, parent: 'vpc', props: { replicas: 2, role: 'primary' } },
        { id: 'cache', kind: 'cache', label: 'Cache', x: 0, y: 0, props: {} },
      ],
      edges: [{ id: 'e', from: 'cache', to: 'db', kind: 'sync' }],
    };
    const b: Board = {
      format: 'scaleboard/v1',
      title: 'Before the deep dive',
      assumptions: {},
      nodes: [{ id: 'db', kind: 'database', label: 'DB', x: 10, y: 20, props: { replicas: 1 } }],
      edges: [],
    };
    const here = docOf(a);
    const there = copyOf(here);
    const ydb = nodesOf(here).get('db');
    updateNode(there, 'db', { x: 99 });
    setNodeProp(there, 'db', 'instances', 4);

    restoreBoard(here, b, ME);
    expect(nodesOf(here).get('db')).toBe(ydb); // the same map, edited in place: not replaced
    merge(here, there);

    expect(docToBoard(here)).toEqual({ ...docToBoard(docOf(b)), nodes: [{ ...b.nodes[0], x: 99, props: { replicas: 1, instances: 4 } }] });
    expect(docToBoard(there)).toEqual(docToBoard(here));
  });

  it('leaves a node of an unknown kind as it is, and replaces it when the board holds its id', () => {
    const a: Board = { format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [], edges: [] };
    const doc = docOf(a);
    writeUnknownNode(doc, 'q', { colour: 'red' });
    writeUnknownNode(doc, 'r', {});
    const q = json(doc, 'q');
    const cache: BoardNode = { id: 'r', kind: 'cache', label: 'R', x: 0, y: 0, props: {} };

    restoreBoard(doc, { ...a, nodes: [cache] }, ME);

    expect(json(doc, 'q')).toEqual(q);
    expect(readDoc(doc).unknownNodes.map((node) => node.id)).toEqual(['q']);
    expect(docToBoard(doc).nodes).toEqual([cache]);
  });

  it('lifts a node of an unknown kind out of a group the board makes a component, where it stood', () => {
    const region: BoardNode = { id: 'g', kind: 'region', label: 'EU', x: 100, y: 200, props: {} };
    const doc = docOf({ format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [region], edges: [] });
    writeUnknownNode(doc, 'q', { parent: 'g', x: 5, y: 7 });
    const before = copyOf(doc);

    restoreBoard(doc, { format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [{ ...region, kind: 'cache' }], edges: [] }, ME);

    expect(json(doc, 'q')).toMatchObject({ kind: 'quantum-queue', x: 105, y: 207 });
    expect(json(doc, 'q')?.parent).toBeUndefined();
    expect(contractProblem(doc, before)).toBeNull();
  });

  it('rewrites an element that no longer reads as one, and deletes what a board lacks', () => {
    const doc = docOf({ format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [], edges: [] });
    doc.transact(() => nodesOf(doc).set('raw', 'not a map' as unknown as Y.Map<unknown>));
    const raw: BoardNode = { id: 'raw', kind: 'worker', label: 'W', x: 0, y: 0, props: { instances: 2 } };
    restoreBoard(doc, { format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [raw], edges: [] }, ME);
    expect(docToBoard(doc).nodes).toEqual([raw]);
    deleteElements(doc, { nodes: ['raw'] });
    restoreBoard(doc, { format: 'scaleboard/v1', title: 'A', assumptions: {}, nodes: [], edges: [] }, ME);
    expect(nodesOf(doc).size).toBe(0);
  });
});
