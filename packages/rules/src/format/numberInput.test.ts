import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../catalogue/catalogue';
import type { NumberPropSpec } from '../catalogue/propSpec';
import { ASSUMPTION_KEYS } from '../estimate/assumptionFields';
import {
  formatNumberInput, formatRangeEnd, LARGEST_INPUT, numberInputOfAssumption, numberInputOfProp, readNumberInput, type NumberInput,
} from './numberInput';

const users = numberInputOfAssumption('monthlyActiveUsers');
const share = numberInputOfAssumption('dailyActiveRatio');
const media = numberInputOfAssumption('mediaBytes');

const NUMBER_PROPS: NumberPropSpec[] = Object.values(CATALOGUE).flatMap((spec) =>
  Object.values(spec.props).filter((prop): prop is NumberPropSpec => prop.type === 'number' || prop.type === 'integer'),
);
const INPUTS: NumberInput[] = [...ASSUMPTION_KEYS.map(numberInputOfAssumption), ...NUMBER_PROPS.map(numberInputOfProp)];

describe('readNumberInput checks what was typed against the field', () => {
  it('takes the note\'s user count however it is written', () => {
    for (const text of ['300000000', '300,000,000', '300M', '3억', '３억', '300 million']) {
      expect(readNumberInput(text, users)).toEqual({ ok: true, value: 300_000_000 });
    }
    expect(readNumberInput('1.5억', users)).toEqual({ ok: true, value: 150_000_000 });
    expect(readNumberInput('3천만', users)).toEqual({ ok: true, value: 30_000_000 });
  });

  it.each(['1e30', '-1', '-0.5', '10000000001', '1e99999'])('refuses %s users as out of range, naming the range', (text) => {
    expect(readNumberInput(text, users)).toEqual({ ok: false, error: 'outOfRange', min: '0', max: '10,000,000,000' });
  });

  it.each(['NaN', 'Infinity', 'lots'])('refuses %s as no number, still naming the range', (text) => {
    expect(readNumberInput(text, users)).toEqual({ ok: false, error: 'notNumber', min: '0', max: '10,000,000,000' });
  });

  it('keeps 99.99 % as 0.9999 and says a percentage\'s range in percent', () => {
    expect(readNumberInput('99.99%', share)).toEqual({ ok: true, value: 0.9999 });
    expect(readNumberInput('101', share)).toEqual({ ok: false, error: 'outOfRange', min: '0 %', max: '100 %' });
  });

  it('takes sizes with units and says a size\'s range in units', () => {
    expect(readNumberInput('1 MB', media)).toEqual({ ok: true, value: 1_000_000 });
    expect(readNumberInput('2 TB', media)).toEqual({ ok: false, error: 'outOfRange', min: '0 B', max: '1 TB' });
  });

  it('refuses a fraction where whole things are counted', () => {
    const instances = numberInputOfProp(CATALOGUE.cache.props.instances as NumberPropSpec);
    expect(readNumberInput('2.5', instances)).toMatchObject({ ok: false, error: 'notInteger', min: '1' });
    expect(readNumberInput('3', instances)).toEqual({ ok: true, value: 3 });
    expect(readNumberInput('0', instances)).toMatchObject({ ok: false, error: 'outOfRange', min: '1', max: '1,000,000,000,000,000' });
  });

  it('reads blank as unset', () => {
    expect(readNumberInput(' ', users)).toEqual({ ok: true, value: undefined });
  });
});

describe('the inspector\'s numeric properties', () => {
  it('takes hit ratio and availability as percentages, memory as a size in GB, the rest as counts', () => {
    expect(numberInputOfProp(CATALOGUE.cache.props.hitRatio as NumberPropSpec).kind).toBe('percent');
    expect(numberInputOfProp(CATALOGUE.database.props.availability as NumberPropSpec).kind).toBe('percent');
    expect(numberInputOfProp(CATALOGUE.cache.props.memoryGb as NumberPropSpec)).toMatchObject({ kind: 'bytes', unitExponent: 9 });
    expect(numberInputOfProp(CATALOGUE.cache.props.capacityQps as NumberPropSpec)).toMatchObject({ kind: 'count', min: 1, max: LARGEST_INPUT });
  });

  it('reads "512 MB" into a memory field in GB', () => {
    expect(readNumberInput('512 MB', numberInputOfProp(CATALOGUE.cache.props.memoryGb as NumberPropSpec))).toEqual({ ok: true, value: 0.512 });
  });
});

describe('formatNumberInput shows every digit, grouped, and reads back to the same number', () => {
  it('groups digits and shows ratios as percentages', () => {
    expect(formatNumberInput(300_000_000, users)).toBe('300,000,000');
    expect(formatNumberInput(0.9999, share)).toBe('99.99');
    expect(formatNumberInput(0.07, share)).toBe('7');
    expect(formatNumberInput(1e30, users)).toBe('1,000,000,000,000,000,000,000,000,000,000');
  });

  // What a person types: up to 15 significant digits, nothing below a millionth.
  const typed = (input: NumberInput) =>
    fc.tuple(fc.double({ min: input.min, max: input.max, noNaN: true }), fc.integer({ min: 1, max: 15 }))
      .map(([stored, digits]) => Number(stored.toPrecision(digits)))
      .filter((stored) => stored >= input.min && stored <= input.max && (stored === 0 || Math.abs(stored) >= 1e-6));

  it.each(INPUTS.map((input) => [input.kind, input] as const))('round-trips any typed value of a %s field in its range', (_, input) => {
    fc.assert(fc.property(typed(input), (stored) => {
      const shown = formatNumberInput(stored, input);
      expect(shown).not.toMatch(/e/i);
      const read = readNumberInput(shown, input);
      if (input.integer && !Number.isInteger(stored)) expect(read).toMatchObject({ ok: false, error: 'notInteger' });
      else expect(read).toEqual({ ok: true, value: stored === 0 ? 0 : stored });
    }));
  });

  it('never writes exponent form for any finite number, nor in a range message', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(...INPUTS), (stored, input) => {
      expect(formatNumberInput(stored, input)).not.toMatch(/e/i);
      expect(formatRangeEnd(Math.abs(stored), input)).not.toMatch(/\de|e\+/i);
    }));
  });
});
