import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assumptionsSchema } from '../boardSchema';
import { ASSUMPTION_FIELDS, ASSUMPTION_KEYS } from './assumptionFields';
import { DEFAULT_ASSUMPTIONS } from './defaultAssumptions';
import { resolveAssumptions } from './estimate';

const accepts = (key: string, value: unknown) => assumptionsSchema.safeParse({ [key]: value }).success;

describe('the assumption fields table', () => {
  it('keeps the defaults of the board file contract: the note\'s example with no users', () => {
    expect(DEFAULT_ASSUMPTIONS).toEqual({
      monthlyActiveUsers: 0, dailyActiveRatio: 0.5, writesPerUserPerDay: 2, readsPerWrite: 10, peakFactor: 2,
      mediaRatio: 0.1, mediaBytes: 1_000_000, textBytes: 140, idBytes: 64, retentionYears: 5,
    });
    expect(Object.keys(DEFAULT_ASSUMPTIONS)).toEqual(ASSUMPTION_KEYS.filter((key) => key !== 'availabilityTarget' && key !== 'latencyTargetMs'));
  });

  it('gives the board schema exactly its fields', () => {
    expect(Object.keys(assumptionsSchema.shape)).toEqual(ASSUMPTION_KEYS);
  });

  it.each(ASSUMPTION_KEYS)('%s: the schema refuses what lies outside the range and accepts the range and the default', (key) => {
    const { min, max, default: fallback } = ASSUMPTION_FIELDS[key];
    expect(accepts(key, min)).toBe(true);
    expect(accepts(key, min - 0.001)).toBe(false);
    expect(accepts(key, max)).toBe(true);
    expect(accepts(key, max + 0.001)).toBe(false);
    expect(accepts(key, 1e30)).toBe(false);
    expect(accepts(key, undefined)).toBe(true);
    if (fallback !== undefined) expect(accepts(key, fallback)).toBe(true);
  });

  it('resolves any number to one the schema accepts, and keeps every accepted one', () => {
    const anyNumber = fc.oneof(fc.double(), fc.constantFrom(-0, 0, 1, -1));
    const anyAssumptions = fc.record(Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, anyNumber])), { requiredKeys: [] });
    fc.assert(
      fc.property(anyAssumptions, (input) => {
        const resolved = resolveAssumptions(input);
        expect(assumptionsSchema.safeParse(resolved).success).toBe(true);
        for (const [key, value] of Object.entries(resolved)) {
          if (accepts(key, input[key])) expect(value).toBe(input[key] ?? DEFAULT_ASSUMPTIONS[key as keyof typeof DEFAULT_ASSUMPTIONS]);
        }
      }),
    );
  });
});
