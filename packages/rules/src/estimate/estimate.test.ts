import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBytes } from '../format/formatBytes';
import { formatCount } from '../format/formatCount';
import { DEFAULT_ASSUMPTIONS, type ResolvedAssumptions } from './defaultAssumptions';
import { estimate, type Estimate } from './estimate';

const TWITTER = {
  monthlyActiveUsers: 300_000_000, dailyActiveRatio: 0.5, writesPerUserPerDay: 2, readsPerWrite: 10, peakFactor: 2,
  mediaRatio: 0.1, mediaBytes: 1_000_000, textBytes: 140, idBytes: 64, retentionYears: 5,
};

describe('estimate reproduces the domain note (chapter 2)', () => {
  const e = estimate(TWITTER);

  it('DAU, QPS and peak QPS', () => {
    expect(e.dailyActiveUsers).toBe(150_000_000);
    expect(e.writeQps).toBe(150_000_000 * 2 / 86_400);
    expect(e.writeQps.toFixed(1)).toBe('3472.2');
    expect(e.peakWriteQps.toFixed(1)).toBe('6944.4');
    expect(e.readQps.toFixed(1)).toBe('34722.2');
    expect(e.peakReadQps).toBe(e.readQps * 2);
  });

  it('media storage per day and over five years, in decimal units', () => {
    expect(e.mediaStoragePerDayBytes).toBe(30e12);
    expect(e.mediaStorageTotalBytes).toBe(54.75e15);
    expect(e.textStoragePerDayBytes).toBe(300_000_000 * 204);
    expect(e.storagePerDayBytes).toBe(30e12 + 300_000_000 * 204);
    expect(e.storageTotalBytes).toBe(e.storagePerDayBytes * 365 * 5);
  });

  it('displays as the note writes it', () => {
    expect(formatCount(e.dailyActiveUsers)).toBe('150M');
    expect(formatCount(e.writeQps)).toBe('~3.5K');
    expect(formatCount(e.peakWriteQps)).toBe('~7K');
    expect(formatBytes(e.mediaStoragePerDayBytes)).toBe('30 TB');
    expect(formatBytes(e.mediaStorageTotalBytes)).toBe('~55 PB');
  });

  it('bandwidth, cache memory and servers per tier', () => {
    expect(e.ingressBytesPerSecond).toBeCloseTo(e.writeQps * (204 + 100_000), 6);
    expect(e.egressBytesPerSecond).toBeCloseTo(e.ingressBytesPerSecond * 10, 3);
    expect(e.cacheMemoryBytes).toBeCloseTo(0.2 * 3e9 * 204, 0);
    expect(e.serversNeeded).toEqual({ webServers: 77, cacheServers: 8, databasePrimaries: 2, databaseReplicas: 3 });
  });

  it('an empty board has no users and so no load', () => {
    expect(estimate({}).peakQps).toBe(0);
    expect(estimate({}).assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });
});

const INPUT_BOUNDS: Record<keyof ResolvedAssumptions, [number, number]> = {
  monthlyActiveUsers: [0, 1e10], dailyActiveRatio: [0, 1], writesPerUserPerDay: [0, 1e3], readsPerWrite: [0, 1e3],
  peakFactor: [1, 100], mediaRatio: [0, 1], mediaBytes: [0, 1e10], textBytes: [0, 1e6], idBytes: [0, 1e3], retentionYears: [0, 100],
};

function numbers(e: Estimate): Record<string, number> {
  const { assumptions: _a, serversNeeded, ...rest } = e;
  return { ...rest, ...serversNeeded };
}

describe('estimate is monotonic in every input', () => {
  const inputs = fc.record(Object.fromEntries(Object.entries(INPUT_BOUNDS).map(([k, [min, max]]) => [k, fc.double({ min, max, noNaN: true })])) as Record<keyof ResolvedAssumptions, fc.Arbitrary<number>>);
  for (const key of Object.keys(INPUT_BOUNDS) as (keyof ResolvedAssumptions)[]) {
    it(`in ${key}`, () => {
      fc.assert(fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), (base, t) => {
        const [, max] = INPUT_BOUNDS[key];
        const higher = { ...base, [key]: base[key] + (max - base[key]) * t };
        const low = numbers(estimate(base));
        const high = numbers(estimate(higher));
        for (const [name, value] of Object.entries(low)) expect(high[name], name).toBeGreaterThanOrEqual(value);
      }));
    });
  }
});
