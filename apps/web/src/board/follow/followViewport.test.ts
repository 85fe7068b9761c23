import { describe, expect, it } from 'vitest';
import { followViewport, readViewport } from './followViewport';

describe('followViewport', () => {
  it('keeps the leader’s centre and zoom on a screen of another size', () => {
    const leader = { x: -100, y: 50, zoom: 2, width: 1000, height: 800 };
    const mine = followViewport(leader, 500, 400);
    const centre = (v: { x: number; y: number; zoom: number }, w: number, h: number) => [(w / 2 - v.x) / v.zoom, (h / 2 - v.y) / v.zoom];
    expect(centre(mine, 500, 400)).toEqual(centre(leader, 1000, 800));
    expect(mine.zoom).toBe(2);
  });

  it('ignores malformed viewports from peers', () => {
    expect(readViewport({ x: 1, y: 2, zoom: 1, width: 3, height: 4 })).toEqual({ x: 1, y: 2, zoom: 1, width: 3, height: 4 });
    expect(readViewport({ x: 1, y: 2, zoom: 0, width: 3, height: 4 })).toBeNull();
    expect(readViewport({ x: '1', y: 2, zoom: 1, width: 3, height: 4 })).toBeNull();
    expect(readViewport(null)).toBeNull();
  });
});
