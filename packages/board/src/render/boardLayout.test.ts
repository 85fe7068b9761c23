import { describe, expect, it } from 'vitest';
import { boxAround } from './boardLayout';

describe('boxAround', () => {
  it('is the box around every box', () => {
    expect(boxAround([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 5, width: 10, height: 10 }])).toEqual({ x: 0, y: 0, width: 30, height: 15 });
  });

  it('has no bounds without boxes', () => {
    expect(boxAround([])).toBeNull();
  });
});
