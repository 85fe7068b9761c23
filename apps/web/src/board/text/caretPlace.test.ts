import { describe, expect, it } from 'vitest';
import { offsetOf, placeOf } from './caretPlace';

describe('a caret kept at its line and column while the text around it is rewritten', () => {
  it('reads the line and column of an offset', () => {
    expect(placeOf('lb: load-balancer\nweb -> db\n', 0)).toEqual({ line: 0, column: 0 });
    expect(placeOf('lb: load-balancer\nweb -> db\n', 22)).toEqual({ line: 1, column: 4 });
    expect(placeOf('ab', 99)).toEqual({ line: 0, column: 2 });
  });

  it('finds the same place in the new text, clamped to the line and the text', () => {
    const after = 'lb: load-balancer "LB"\nweb -> db\n';
    expect(offsetOf(after, { line: 1, column: 4 })).toBe(27);
    expect(offsetOf(after, { line: 1, column: 40 })).toBe(after.indexOf('\n', 23));
    expect(offsetOf(after, { line: 9, column: 0 })).toBe(after.length);
    expect(offsetOf(after, placeOf(after, 12))).toBe(12);
  });
});
