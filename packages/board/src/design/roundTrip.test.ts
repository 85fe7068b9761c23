import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Board } from '@scaleboard/rules';
import { arbitraryBoard } from '../history/arbitraryBoard';
import { describeDesignProblem } from './describeDesignProblem';
import { readDesign, type DesignFormat } from './readDesign';
import { writeDesign } from './writeDesign';

/** -0 and 0 are one number in every format. */
const plain = (value: unknown): unknown => (value === 0 ? 0 : value);

function roundTrip(board: Board, format: DesignFormat): Board {
  const text = writeDesign(board, format);
  const result = readDesign(text, format);
  if (!result.ok) throw new Error(`${describeDesignProblem(result.problem, 'en')}\n${text}`);
  return result.board;
}

const nodesOf = (board: Board, label: (text: string) => string, withProps: boolean) =>
  Object.fromEntries(
    board.nodes.map((node) => [
      node.id,
      {
        kind: node.kind,
        label: label(node.label),
        parent: node.parent,
        ...(withProps ? { props: Object.fromEntries(Object.entries(node.props).map(([k, v]) => [k, plain(v)])) } : {}),
      },
    ]),
  );

const connections = (board: Board, label: (text: string | undefined) => string | undefined) =>
  board.edges.map((edge) => [edge.from, edge.to, edge.kind, label(edge.label)].join(' ')).sort();

describe('round trips', () => {
  it('board → text → board keeps the title, assumptions, kinds, labels, props, groups and connections (ids too)', () => {
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const back = roundTrip(board, 'text');
        expect(back.title).toBe(board.title);
        expect(back.assumptions).toEqual(board.assumptions);
        expect(nodesOf(back, (l) => l, true)).toEqual(nodesOf(board, (l) => l, true));
        expect(back.edges.map(({ id, from, to, kind, label }) => ({ id, from, to, kind, label }))).toEqual(
          board.edges.map(({ id, from, to, kind, label }) => ({ id, from, to, kind, label })),
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('board → Mermaid → board keeps the title, kinds, labels, groups and connections', () => {
    // Mermaid trims each line of a label, and an empty connection label is no label.
    const trimmed = (text: string) => text.split('\n').map((line) => line.trim()).join('\n').trim();
    fc.assert(
      fc.property(arbitraryBoard, (board) => {
        const back = roundTrip(board, 'mermaid');
        expect(back.title).toBe(board.title);
        expect(nodesOf(back, (l) => l, false)).toEqual(nodesOf(board, trimmed, false));
        const edgeLabel = (label: string | undefined) => (label ? trimmed(label) || undefined : undefined);
        expect(connections(back, (l) => l)).toEqual(connections(board, edgeLabel));
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps labels with the characters each format escapes', () => {
    const board: Board = {
      format: 'scaleboard/v1',
      title: 'Quotes "and" #hash',
      assumptions: {},
      nodes: [
        { id: 'lb', kind: 'load-balancer', label: 'say "hi" | <b>bold</b> #35; `tick` a;b & c', x: 0, y: 0, props: { instances: 2 } },
        { id: 'n', kind: 'note', label: 'line one\nline two\n\n한국어 메모', x: 0, y: 0, props: {} },
      ],
      edges: [{ id: 'e1', from: 'lb', to: 'n', kind: 'async', label: 'x|y "z"' }],
    };
    for (const format of ['text', 'mermaid'] as const) {
      const back = roundTrip(board, format);
      expect(back.nodes.map((node) => node.label), format).toEqual(board.nodes.map((node) => node.label));
      expect(back.edges[0]?.label, format).toBe('x|y "z"');
    }
  });
});
