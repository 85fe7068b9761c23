import { describe, expect, it } from 'vitest';
import { freeSpot } from './freeSpot';

describe('freeSpot', () => {
  const size = { width: 100, height: 50 };
  it('uses the centre when it is free', () => {
    expect(freeSpot({ x: 0, y: 0 }, size, [{ x: 500, y: 500, width: 10, height: 10 }])).toEqual({ x: 0, y: 0 });
  });
  it('moves to the nearest free slot, never overlapping', () => {
    const taken = [{ x: -50, y: -25, width: 100, height: 50 }];
    const spot = freeSpot({ x: 0, y: 0 }, size, taken);
    expect(spot).not.toEqual({ x: 0, y: 0 });
    expect(Math.abs(spot.x) >= 132 || Math.abs(spot.y) >= 82).toBe(true);
    const second = freeSpot({ x: 0, y: 0 }, size, [...taken, { x: spot.x - 50, y: spot.y - 25, width: 100, height: 50 }]);
    expect(second).not.toEqual(spot);
  });
});
