import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY_TEXT, parseQuantity, type QuantityKind } from './parseQuantity';

const value = (text: string, kind: QuantityKind = 'count', unitExponent = 0) => {
  const parsed = parseQuantity(text, kind, unitExponent);
  return parsed.ok ? parsed.value : 'refused';
};

describe('parseQuantity reads numbers as people write them', () => {
  it.each([
    ['300000000', 300_000_000],
    ['300,000,000', 300_000_000],
    ['300M', 300_000_000],
    ['300m', 300_000_000],
    ['300 M', 300_000_000],
    ['10 million', 10_000_000],
    ['1.5 billion', 1_500_000_000],
    ['1 million 200 thousand', 1_200_000],
    ['2k', 2_000],
    ['1.5bn', 1_500_000_000],
    ['3T', 3e12],
    ['.5', 0.5],
    ['1e30', 1e30],
    ['2.5E3', 2500],
    ['1e-3', 0.001],
    ['+7', 7],
    ['-5', -5],
    ['−5', -5],
  ])('%s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['3억', 300_000_000],
    ['1.5억', 150_000_000],
    ['3천만', 30_000_000],
    ['천만', 10_000_000],
    ['만', 10_000],
    ['5천', 5_000],
    ['3억 5천만', 350_000_000],
    ['3억5천만', 350_000_000],
    ['1억 2,000만', 120_000_000],
    ['1조', 1e12],
    ['2경', 2e16],
    ['십만', 100_000],
    ['백만', 1_000_000],
  ])('Korean units: %s → %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('is width-insensitive: full-width digits, commas and units read as their half-width twins', () => {
    expect(value('３억')).toBe(300_000_000);
    expect(value('３００，０００，０００')).toBe(300_000_000);
    expect(value('３００Ｍ')).toBe(300_000_000);
    expect(value('９９．９９％', 'percent')).toBe(0.9999);
  });

  it('takes a percentage exactly: 99.99 % is 0.9999, not 0.9998999999999999', () => {
    expect(99.99 / 100).not.toBe(0.9999);
    expect(value('99.99%', 'percent')).toBe(0.9999);
    expect(value('99.99', 'percent')).toBe(0.9999);
    expect(value('99.99 %', 'percent')).toBe(0.9999);
    expect(value('7', 'percent')).toBe(0.07);
    expect(value('50 percent', 'percent')).toBe(0.5);
    expect(value('50퍼센트', 'percent')).toBe(0.5);
    expect(value('100%', 'percent')).toBe(1);
  });

  it('refuses a percentage where a count is asked', () => {
    expect(value('50%')).toBe('refused');
  });

  it('takes sizes in decimal units (1 MB = 10^6 bytes) and binary ones when spelled so', () => {
    expect(value('1 MB', 'bytes')).toBe(1_000_000);
    expect(value('2.5 GB', 'bytes')).toBe(2_500_000_000);
    expect(value('2.5gb', 'bytes')).toBe(2_500_000_000);
    expect(value('140 B', 'bytes')).toBe(140);
    expect(value('140 bytes', 'bytes')).toBe(140);
    expect(value('140바이트', 'bytes')).toBe(140);
    expect(value('30 TB', 'bytes')).toBe(30e12);
    expect(value('4 KiB', 'bytes')).toBe(4096);
    expect(value('1 MiB', 'bytes')).toBe(1_048_576);
    expect(value('1000000', 'bytes')).toBe(1_000_000);
    expect(value('1.5k', 'bytes')).toBe(1500);
  });

  it('reads a bare number in a size field in the field\'s unit, and a size in bytes converted to it', () => {
    expect(value('32', 'bytes', 9)).toBe(32);
    expect(value('512 MB', 'bytes', 9)).toBe(0.512);
    expect(value('1 TB', 'bytes', 9)).toBe(1000);
  });

  it('calls a size unit in a count no number: "1 MB" users means nothing', () => {
    expect(value('1 MB')).toBe('refused');
  });

  it('reads blank as unset', () => {
    expect(value('')).toBeUndefined();
    expect(value('   ')).toBeUndefined();
  });

  it.each(['NaN', 'Infinity', '-Infinity', 'three', 'k', 'million', '1,5', '1,00,000', '1234,567', '5 3', '5천 3억', '1 k k', '--5', '5-', '1..5', '0x10', '1e', '$5', '5 %%', '%', '억억'])(
    'refuses %s',
    (text) => {
      expect(value(text)).toBe('refused');
    },
  );

  it('refuses text longer than any number a person types, without reading it', () => {
    expect(value('1'.repeat(MAX_QUANTITY_TEXT + 1))).toBe('refused');
    expect(value(`${'1'.repeat(MAX_QUANTITY_TEXT - 1)} `)).toBe(Number('1'.repeat(MAX_QUANTITY_TEXT - 1)));
    expect(value(' '.repeat(1_000_000))).toBe('refused');
  });

  it('reads an exponent too large for a double as Infinity, for the range check to refuse', () => {
    expect(value('1e99999')).toBe(Infinity);
  });
});
