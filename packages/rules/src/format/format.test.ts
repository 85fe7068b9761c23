import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate/estimate';
import { ASSUMPTION_FIELDS } from '../estimate/assumptionFields';
import { TWITTER_ASSUMPTIONS } from '../estimate/defaultAssumptions';
import { formatBytes, formatBytesPerSecond } from './formatBytes';
import { formatCount } from './formatCount';
import { formatExact, formatExactBytes } from './formatExact';
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

describe('figures in Korean', () => {
  it.each([
    [150_000_000, '1.5억'],
    [300_000_000, '3억'],
    [150_000_000 * 2 / 86_400, '약 3,500'],
    [2 * 150_000_000 * 2 / 86_400, '약 7,000'],
    [54_750, '약 5.5만'],
    [30_000_000, '3,000만'],
    [1e12, '1조'],
    [12, '12'],
  ])('formatCount(%d, ko) = %s', (value, text) => {
    expect(formatCount(value, 'ko')).toBe(text);
  });

  it('writes sizes in the same decimal units, marking rounding in Korean', () => {
    expect(formatBytes(30e12, 'ko')).toBe('30 TB');
    expect(formatBytes(54.75e15, 'ko')).toBe('약 55 PB');
  });
});

describe("the exact figure beside the note's rounding", () => {
  it("reproduces the note's golden numbers: 150,000,000 DAU, 3,472.2 QPS, 6,944.4 at peak, 30 TB a day, 54.75 PB over 5 years", () => {
    const e = estimate(TWITTER_ASSUMPTIONS);
    expect(formatExact(e.dailyActiveUsers)).toBe('150,000,000');
    expect(formatExact(e.writeQps)).toBe('3,472.2');
    expect(formatExact(e.peakWriteQps)).toBe('6,944.4');
    expect(formatExactBytes(e.mediaStoragePerDayBytes)).toBe('30 TB');
    expect(formatExactBytes(e.mediaStorageTotalBytes)).toBe('54.75 PB');
    expect(formatCount(e.writeQps)).toBe('~3.5K');
    expect(formatCount(e.peakWriteQps)).toBe('~7K');
  });

  it('rounds to the decimals asked and groups the rest', () => {
    expect(formatExact(1234.5678, 2)).toBe('1,234.57');
    expect(formatExact(0.04)).toBe('0');
    expect(formatExactBytes(204)).toBe('204 B');
    expect(formatExactBytes(122.4e9)).toBe('122.4 GB');
  });
});

describe('no figure is ever written in exponent form', () => {
  const noExponent = (text: string) => expect(text).not.toMatch(/\de|e[+-]/i);
  it('for any finite value, in either locale', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('en' as const, 'ko' as const), (value, locale) => {
      noExponent(formatCount(value, locale));
      noExponent(formatBytes(value, locale));
      noExponent(formatBytesPerSecond(value, locale));
      noExponent(formatExact(value));
      noExponent(formatExactBytes(value));
    }));
  });

  it('for the absurd input of issue 17: 1e30 users', () => {
    const e = estimate({ monthlyActiveUsers: 1e30 });
    // The estimate holds the input in range, so the web servers are a number a person can read.
    expect(e.assumptions.monthlyActiveUsers).toBe(10_000_000_000);
    expect(formatExact(e.serversNeeded.webServers, 0)).toBe('2,547');
    expect(formatCount(1e30)).toBe('1,000,000,000,000,000,000T');
  });

  it('keeps every count, rate and server number below 10^21, where String() turns to exponents, with every input at its top', () => {
    const top = Object.fromEntries(Object.entries(ASSUMPTION_FIELDS).map(([key, field]) => [key, field.max]));
    const e = estimate(top);
    const counts = [e.dailyActiveUsers, e.writeQps, e.readQps, e.peakQps, e.peakReadQps, ...Object.values(e.serversNeeded)];
    // × 100: a utilization written as a percentage, even at one request per second per instance.
    for (const value of counts) expect(String(Math.round(value * 100))).not.toMatch(/e/);
  });
});
