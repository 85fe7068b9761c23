import { describe, expect, it } from 'vitest';
import type { InternalNode, ReactFlowState } from '@xyflow/react';
import { endsSelector, sameEnds } from './edgeEnds';

function node(id: string, x: number, y: number, width?: number, height?: number): InternalNode {
  return { id, position: { x, y }, data: {}, measured: { width, height }, internals: { positionAbsolute: { x, y }, z: 0, userNode: { id, position: { x, y }, data: {} } } };
}

function state(...nodes: InternalNode[]): ReactFlowState {
  return { nodeLookup: new Map(nodes.map((n) => [n.id, n])) } as unknown as ReactFlowState;
}

describe('edge ends', () => {
  it('reads both measured rectangles and is null while an end is missing or unmeasured', () => {
    const select = endsSelector('a', 'b');
    expect(select(state(node('a', 0, 0, 100, 50), node('b', 300, 0, 80, 40)))).toEqual([
      { x: 0, y: 0, width: 100, height: 50 },
      { x: 300, y: 0, width: 80, height: 40 },
    ]);
    expect(select(state(node('a', 0, 0, 100, 50)))).toBeNull();
    expect(select(state(node('a', 0, 0, 100, 50), node('b', 300, 0)))).toBeNull();
  });

  it('compares by value, so a store update that moved neither end keeps the edge as it is', () => {
    const select = endsSelector('a', 'b');
    const before = select(state(node('a', 0, 0, 100, 50), node('b', 300, 0, 80, 40)));
    const same = select(state(node('a', 0, 0, 100, 50), node('b', 300, 0, 80, 40)));
    const moved = select(state(node('a', 16, 0, 100, 50), node('b', 300, 0, 80, 40)));
    expect(same).not.toBe(before);
    expect(sameEnds(before, same)).toBe(true);
    expect(sameEnds(before, moved)).toBe(false);
    expect(sameEnds(null, null)).toBe(true);
    expect(sameEnds(before, null)).toBe(false);
  });
});
