import { describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, assumptionsSchema, formatNumberInput, readNumberInput } from '@scaleboard/rules';
import { en } from '../../i18n/en';
import { ASSUMPTION_INPUTS } from './assumptionFields';

describe('the estimate form', () => {
  it('lists every assumption of the board schema, in its order, each with an English label and unit', () => {
    expect(ASSUMPTION_INPUTS.map((input) => input.key)).toEqual(Object.keys(assumptionsSchema.shape));
    for (const input of ASSUMPTION_INPUTS) {
      expect(en.analysis.estimate.fields[input.key]).toBeTruthy();
      expect(en.analysis.estimate.units[input.unit]).toBeTruthy();
      expect(en.numbers.examples[input.input.kind]).toBeTruthy();
    }
  });

  it.each(ASSUMPTION_INPUTS)('$key: takes exactly the stored values the board schema accepts, shown as the field shows them', (input) => {
    const { min, max } = ASSUMPTION_FIELDS[input.key];
    for (const stored of [min - 0.001, min, min + 0.5, max, max + 0.001, 1e30]) {
      const schemaAccepts = assumptionsSchema.safeParse({ [input.key]: stored }).success;
      const read = readNumberInput(formatNumberInput(stored, input.input), input.input);
      expect(read.ok, `${input.key} = ${stored}`).toBe(schemaAccepts);
      if (read.ok) expect(read.value).toBe(stored);
    }
  });

  it('shows each default with grouped digits, ratios as percentages, and no default for the availability target', () => {
    const placeholders = Object.fromEntries(ASSUMPTION_INPUTS.map((input) => [input.key, input.placeholder]));
    expect(placeholders).toEqual({
      monthlyActiveUsers: '0', dailyActiveRatio: '50', writesPerUserPerDay: '2', readsPerWrite: '10', peakFactor: '2',
      mediaRatio: '10', mediaBytes: '1,000,000', textBytes: '140', idBytes: '64', retentionYears: '5', availabilityTarget: undefined,
    });
  });
});
