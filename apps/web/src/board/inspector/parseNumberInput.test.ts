import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './parseNumberInput';

describe('parseNumberInput', () => {
  it('reads numbers with separators, and empty as unset', () => {
    expect(parseNumberInput('300,000,000')).toEqual({ ok: true, value: 300_000_000 });
    expect(parseNumberInput(' 0.5 ')).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput('')).toEqual({ ok: true, value: undefined });
  });

  it('names what is wrong', () => {
    expect(parseNumberInput('three')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseNumberInput('1.5', { integer: true })).toEqual({ ok: false, error: 'notInteger' });
    expect(parseNumberInput('0', { integer: true, min: 1 })).toEqual({ ok: false, error: 'atLeast', min: 1 });
    expect(parseNumberInput('1.2', { max: 1 })).toEqual({ ok: false, error: 'atMost', max: 1 });
  });
});

describe('formatNumberInput', () => {
  it('shows a stored ratio as the percentage typed, without floating-point noise', () => {
    expect(0.07 * 100).not.toBe(7);
    expect(formatNumberInput(0.07, 100)).toBe('7');
    expect(formatNumberInput(1_000_000)).toBe('1000000');
  });
});
