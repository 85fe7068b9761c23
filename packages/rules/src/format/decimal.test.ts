import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalToNumber, groupDigits, plainDigits, shiftPoint, sumDecimals } from './decimal';

describe('exact decimals', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [1e30, '1000000000000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [123.45, '123.45'],
    [-3.25, '-3.25'],
    [1e21, '1000000000000000000000'],
  ])('plainDigits(%d) = %s', (number, text) => {
    expect(plainDigits(number)).toBe(text);
  });

  it('writes every finite number in full, and reads back to it', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (number) => {
      const text = plainDigits(number);
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(number === 0 ? 0 : number);
    }));
  });

  it.each([
    ['0.9999', 2, '99.99'],
    ['0.07', 2, '7'],
    ['1', 2, '100'],
    ['0', 2, '0'],
    ['99.99', -2, '0.9999'],
    ['5', -3, '0.005'],
    ['120', -1, '12'],
    ['-0.5', 2, '-50'],
  ])('shiftPoint(%s, %d) = %s', (plain, places, text) => {
    expect(shiftPoint(plain, places)).toBe(text);
  });

  it('groups thousands in the whole part only', () => {
    expect(groupDigits('300000000')).toBe('300,000,000');
    expect(groupDigits('3472.2222')).toBe('3,472.2222');
    expect(groupDigits('-1000')).toBe('-1,000');
    expect(groupDigits('999')).toBe('999');
  });

  it('sums exactly and converts once', () => {
    const sum = sumDecimals([{ mantissa: 3n, exponent: 8 }, { mantissa: 5n, exponent: 7 }, { mantissa: 1n, exponent: -1 }]);
    expect(decimalToNumber(sum)).toBe(350_000_000.1);
    expect(decimalToNumber({ mantissa: 9999n, exponent: -4 })).toBe(0.9999);
  });
});
