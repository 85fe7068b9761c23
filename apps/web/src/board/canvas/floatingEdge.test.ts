import { describe, expect, it } from 'vitest';
import { Position } from '@xyflow/react';
import { borderPoint, floatingEdgeEnds } from './floatingEdge';

describe('floating edges', () => {
  it('leaves the source on the side facing the target', () => {
    const { source, target } = floatingEdgeEnds({ x: 0, y: 0, width: 100, height: 50 }, { x: 300, y: 0, width: 100, height: 50 });
    expect(source).toEqual({ x: 100, y: 25, position: Position.Right });
    expect(target).toEqual({ x: 300, y: 25, position: Position.Left });
  });

  it('uses top and bottom for vertical neighbours and handles diagonals', () => {
    expect(borderPoint({ x: 0, y: 0, width: 100, height: 50 }, { x: 50, y: 400 })).toEqual({ x: 50, y: 50, position: Position.Bottom });
    const corner = borderPoint({ x: 0, y: 0, width: 100, height: 100 }, { x: -100, y: -300 });
    expect(corner.position).toBe(Position.Top);
    expect(corner.y).toBe(0);
    expect(corner.x).toBeCloseTo(50 - 150 / 7);
  });
});
