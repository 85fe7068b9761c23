import { groupDigits, plainDigits } from './decimal';
import { BYTE_UNITS } from './formatBytes';
import { scaleFigure } from './roundLikeNote';

/**
 * The figure a person computes by hand, beside the note's rounding: grouped digits, at most
 * `fractionDigits` decimals, never exponent form.
 *
 * @example formatExact(3472.2222) // '3,472.2'
 * @example formatExact(150_000_000) // '150,000,000'
 */
export function formatExact(value: number, fractionDigits = 1): string {
  if (!Number.isFinite(value)) return '–';
  const factor = 10 ** fractionDigits;
  // Rounded in decimal digits, not by toFixed, which writes 1e21 and up in exponent form.
  const rounded = Math.round(value * factor) / factor;
  return groupDigits(plainDigits(Number.isFinite(rounded) ? rounded : value));
}

/**
 * A size in the unit `formatBytes` picks for it, to two decimals: "54.75 PB" beside "~55 PB".
 *
 * @example formatExactBytes(54.75e15) // '54.75 PB'
 * @example formatExactBytes(30.0612e12) // '30.06 TB'
 */
export function formatExactBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  const { unit, unitSize } = scaleFigure(bytes, BYTE_UNITS);
  return `${formatExact(bytes / unitSize, 2)} ${unit}`;
}
