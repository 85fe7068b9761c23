import { describe, expect, it } from 'vitest';
import { formatClock } from './formatClock';

describe('formatClock', () => {
  it('counts down in minutes and seconds, rounding up', () => {
    expect(formatClock(300_000)).toBe('05:00');
    expect(formatClock(299_001)).toBe('05:00');
    expect(formatClock(61_000)).toBe('01:01');
    expect(formatClock(1)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
  });

  it('shows overtime with a plus', () => {
    expect(formatClock(-999)).toBe('+00:00');
    expect(formatClock(-65_000)).toBe('+01:05');
  });
});
