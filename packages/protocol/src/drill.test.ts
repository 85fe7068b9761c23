import { describe, expect, it } from 'vitest';
import { MAX_DRILLS_PER_INTERVIEW, activeDrill, drillCommandSchema, readDrillRecords, type DrillRecord } from './drill';

const record = (startedAt: number, endedAt: number | null): DrillRecord => ({ preset: 'traffic-x3', scenario: { traffic: 3 }, startedBy: 'Ivy', startedAt, endedAt });

describe('drillCommandSchema', () => {
  it('takes a preset with a scenario the rules can read, or an end', () => {
    expect(drillCommandSchema.parse({ action: 'start', preset: 'primary-db-down', scenario: { fail: ['db'] } })).toEqual({ action: 'start', preset: 'primary-db-down', scenario: { fail: ['db'] } });
    expect(drillCommandSchema.parse({ action: 'end' })).toEqual({ action: 'end' });
  });

  it('refuses unknown presets, out-of-bounds scenarios and fields a client may not set', () => {
    for (const bad of [
      { action: 'start', preset: 'meteor', scenario: {} },
      { action: 'start', preset: 'traffic-x3', scenario: { traffic: 0 } },
      { action: 'start', preset: 'cold-cache', scenario: { hitRatios: { cache: 2 } } },
      { action: 'start', preset: 'traffic-x3', scenario: { traffic: 3 }, startedBy: 'Mallory' },
      { action: 'end', startedAt: 0 },
      { action: 'start' },
    ]) {
      expect(drillCommandSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe('readDrillRecords', () => {
  it('keeps what it can read and leaves out the rest, never throwing', () => {
    expect(readDrillRecords([record(1, 2), 'junk', { ...record(3, null), preset: 'gone' }, record(3, null)])).toEqual([record(1, 2), record(3, null)]);
    expect(readDrillRecords(null)).toEqual([]);
    expect(readDrillRecords({ length: 3 })).toEqual([]);
    expect(readDrillRecords(Array.from({ length: MAX_DRILLS_PER_INTERVIEW + 10 }, (_, i) => record(i, i + 1)))).toHaveLength(MAX_DRILLS_PER_INTERVIEW);
  });
});

describe('activeDrill', () => {
  it('is the last drill while it has no end', () => {
    expect(activeDrill([record(1, 2), record(3, null)])).toEqual(record(3, null));
    expect(activeDrill([record(1, 2)])).toBeNull();
    expect(activeDrill([])).toBeNull();
  });
});
