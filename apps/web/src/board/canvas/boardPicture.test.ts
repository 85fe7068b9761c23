import { describe, expect, it } from 'vitest';
import type { BoardEdge, BoardNode } from '@scaleboard/rules';
import { boardPicture } from './boardPicture';

describe('boardPicture', () => {
  it('pictures every node with its look and the box around them all', () => {
    const nodes = [
      { id: 'g', kind: 'region', label: '', x: 0, y: 0, props: {} },
      { id: 'a', kind: 'cache', label: '', x: 0, y: 0, props: {} },
      { id: 'b', kind: 'cache', label: '', x: 0, y: 0, props: {} },
    ] as unknown as BoardNode[];
    const rects = new Map([
      ['g', { x: -10, y: -10, width: 300, height: 200 }],
      ['a', { x: 0, y: 0, width: 100, height: 50 }],
      ['b', { x: 400, y: 500, width: 100, height: 50 }],
    ]);
    const edges = [{ id: 'e', from: 'a', to: 'b' }] as unknown as BoardEdge[];
    const picture = boardPicture(rects, nodes, new Set(['b']), edges);
    expect([...picture.nodes].map(([id, { look }]) => [id, look])).toEqual([['g', 'group'], ['a', 'component'], ['b', 'selected']]);
    expect(picture.bounds).toEqual({ x: -10, y: -10, width: 510, height: 560 });
    expect(picture.edges).toBe(edges);
  });
});
