import { describe, expect, it } from 'vitest';
import { SKETCH_LIMITS, sketchSchema } from '@scaleboard/rules';
import { penStroke, shapeSketch } from './sketchFromPointer';

describe('sketches from the pointer', () => {
  it('quantises a pen path to whole points relative to its top-left, dropping repeats', () => {
    expect(penStroke('s', [{ x: 10.4, y: 5 }, { x: 10.2, y: 5.3 }, { x: 12, y: 9.6 }, { x: 4, y: 7 }])).toEqual({ id: 's', shape: 'stroke', x: 4, y: 5, points: [6, 0, 8, 5, 0, 2] });
    expect(penStroke('s', [])).toBeUndefined();
  });

  it('thins a long path to MAX_STROKE_POINTS, keeping both ends, into a sketch the contract accepts', () => {
    const path = Array.from({ length: 5 * SKETCH_LIMITS.MAX_STROKE_POINTS }, (_, i) => ({ x: i, y: (i * 7) % 50 }));
    const stroke = penStroke('s', path)!;
    expect(stroke.points).toHaveLength(2 * SKETCH_LIMITS.MAX_STROKE_POINTS);
    expect(stroke.points.slice(-2)).toEqual([path.at(-1)!.x, path.at(-1)!.y]);
    expect(sketchSchema.safeParse(stroke).success).toBe(true);
  });

  it('makes shapes of two points, and attaches only an arrow’s ends', () => {
    expect(shapeSketch('r', 'rectangle', { x: 10, y: 10 }, { x: 0.4, y: 50 }, { from: 'lb' })).toEqual({ id: 'r', shape: 'rectangle', x: 10, y: 10, points: [0, 0, -10, 40] });
    expect(shapeSketch('a', 'arrow', { x: 0, y: 0 }, { x: 5, y: 5 }, { to: 'web' })).toMatchObject({ shape: 'arrow', to: 'web' });
  });
});
