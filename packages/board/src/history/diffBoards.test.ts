import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Board } from '@scaleboard/rules';
import { boardToDoc, docToBoard } from '../snapshot';
import { arbitraryBoard } from './arbitraryBoard';
import { diffBoards } from './diffBoards';
import { sameJson } from './sameJson';

/** A board as the history reads it: through a document. */
function read(board: Board): Board {
  const doc = new Y.Doc();
  boardToDoc(board, doc);
  return docToBoard(doc);
}

describe('diffBoards', () => {
  it('names what was added, removed and changed, nodes and edges apart', () => {
    const before: Board = {
      format: 'scaleboard/v1',
      title: 'Before',
      assumptions: {},
      nodes: [
        { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} },
        { id: 'web', kind: 'web-server', label: 'Web', x: 100, y: 0, props: { instances: 2 } },
        { id: 'db', kind: 'database', label: 'DB', x: 200, y: 0, props: {} },
        { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 0, props: {} },
        { id: 'q', kind: 'message-queue', label: 'Q', x: 0, y: 0, props: {} },
      ],
      edges: [
        { id: 'e1', from: 'lb', to: 'web', kind: 'sync' },
        { id: 'e2', from: 'web', to: 'db', kind: 'sync' },
      ],
    };
    const after: Board = {
      ...before,
      title: 'After', // not an element: no id to highlight
      nodes: [
        { id: 'cache', kind: 'cache', label: 'Cache', x: 150, y: 0, props: {} },
        { id: 'db', kind: 'database', label: 'DB', x: 200, y: 0, parent: 'vpc', props: {} },
        { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} },
        { id: 'vpc', kind: 'private-network', label: 'VPC', x: 0, y: 5, props: {} },
        { id: 'web', kind: 'web-server', label: 'Web', x: 100, y: 0, props: { instances: 3 } },
      ],
      edges: [
        { id: 'e2', from: 'web', to: 'db', kind: 'async' },
        { id: 'e1', from: 'lb', to: 'web', kind: 'sync' },
        { id: 'e3', from: 'web', to: 'cache', kind: 'sync' },
      ],
    };
    expect(diffBoards(before, after)).toEqual({
      nodes: { added: ['cache'], removed: ['q'], changed: ['db', 'vpc', 'web'] },
      edges: { added: ['e3'], removed: [], changed: ['e2'] },
    });
    expect(diffBoards(after, after)).toEqual({ nodes: { added: [], removed: [], changed: [] }, edges: { added: [], removed: [], changed: [] } });
  });

  it('explains every id of two boards: the diff applied to the first gives the second', () => {
    fc.assert(
      fc.property(arbitraryBoard.map(read), arbitraryBoard.map(read), (before, after) => {
        const diff = diffBoards(before, after);
        for (const [list, elements] of [
          ['nodes', diff.nodes],
          ['edges', diff.edges],
        ] as const) {
          const was = new Map<string, unknown>(before[list].map((element) => [element.id, element]));
          const is = new Map<string, unknown>(after[list].map((element) => [element.id, element]));
          const kept = [...was.keys()].filter((id) => !elements.removed.includes(id));
          expect(new Set([...kept, ...elements.added])).toEqual(new Set(is.keys()));
          expect(elements.added.every((id) => !was.has(id))).toBe(true);
          expect(elements.removed.every((id) => !is.has(id))).toBe(true);
          for (const id of kept) expect(elements.changed.includes(id)).toBe(!sameJson(was.get(id), is.get(id)));
          for (const ids of [elements.added, elements.removed, elements.changed]) expect(ids).toEqual([...ids].sort());
        }
      }),
    );
  });
});

describe('sameJson', () => {
  it('compares plain values whatever the order of their keys, an undefined key as absent', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ a: null }, { a: undefined })).toBe(false);
  });
});
