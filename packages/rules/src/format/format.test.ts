import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesPerSecond } from './formatBytes';
import { formatCount } from './formatCount';
import { roundLikeNote } from './roundLikeNote';

describe('display helpers round as the domain note does', () => {
  it.each([
    [150_000_000, '150M'],
    [150_000_000 * 2 / 86_400, '~3.5K'],
    [2 * 150_000_000 * 2 / 86_400, '~7K'],
    [300_000_000, '300M'],
    [999.7, '~1K'],
    [12, '12'],
    [0, '0'],
    [0.42, '0.42'],
  ])('formatCount(%d) = %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  it.each([
    [30e12, '30 TB'],
    [30e12 * 365 * 5, '~55 PB'],
    [1_000_000, '1 MB'],
    [204, '~200 B'],
    [0, '0 B'],
  ])('formatBytes(%d) = %s', (value, text) => {
    expect(formatBytes(value)).toBe(text);
  });

  it('adds a rate suffix', () => {
    expect(formatBytesPerSecond(3.5e9)).toBe('3.5 GB/s');
  });

  it('keeps every rounding within 5 % of the exact value', () => {
    fc.assert(fc.property(fc.double({ min: 1e-3, max: 1e18, noNaN: true }), (value) => {
      expect(Math.abs(roundLikeNote(value) - value) / value).toBeLessThanOrEqual(0.05 + 1e-9);
    }));
  });
});
