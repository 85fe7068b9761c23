import { describe, expect, it } from 'vitest';
import { toWire } from './pointerWire';

describe('toWire', () => {
  it('keeps a tenth of a unit and leaves points off the grid where they are', () => {
    expect(toWire({ x: 12.3456, y: 7.06 })).toEqual({ x: 12.3, y: 7.1 });
    expect(toWire({ x: 600, y: 523 })).toEqual({ x: 600, y: 523 });
  });
});
