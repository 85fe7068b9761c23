/**
 * An exact decimal, mantissa × 10^exponent. Typed numbers are summed and scaled in decimal, not in
 * binary floating point, so "99.99 %" becomes exactly the double nearest 0.9999 (99.99 / 100 in
 * floating point is 0.9998999999999999) and "1.5억" exactly 150,000,000.
 */
export interface Decimal {
  mantissa: bigint;
  exponent: number;
}

/**
 * The nearest number to a decimal (one rounding, done by the engine's string conversion).
 *
 * @example decimalToNumber({ mantissa: 9999n, exponent: -4 }) // 0.9999
 */
export function decimalToNumber({ mantissa, exponent }: Decimal): number {
  return Number(`${mantissa}e${exponent}`);
}

/**
 * The sum of decimals, exactly.
 *
 * @example sumDecimals([{ mantissa: 3n, exponent: 8 }, { mantissa: 5n, exponent: 7 }]) // { mantissa: 35n, exponent: 7 }
 */
export function sumDecimals(terms: readonly Decimal[]): Decimal {
  if (terms.length === 0) return { mantissa: 0n, exponent: 0 };
  const exponent = Math.min(...terms.map((term) => term.exponent));
  let mantissa = 0n;
  for (const term of terms) mantissa += term.mantissa * 10n ** BigInt(term.exponent - exponent);
  return { mantissa, exponent };
}

/**
 * The shortest decimal that reads back as `value` (the digits `String(value)` gives), written out
 * in full: never "1e+30", never "1.5e-7". Finite numbers only; -0 is "0".
 *
 * @example plainDigits(1e30) // '1000000000000000000000000000000'
 * @example plainDigits(1.5e-7) // '0.00000015'
 */
export function plainDigits(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`plainDigits needs a finite number, got ${value}`);
  const [coefficient = '0', power = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = coefficient.split('.');
  return renderDigits(value < 0, whole + fraction, whole.length + Number(power));
}

/**
 * A plain decimal with the point moved `places` to the right (left when negative), exactly: how a
 * stored ratio shows as a percentage.
 *
 * @example shiftPoint('0.9999', 2) // '99.99'
 */
export function shiftPoint(plain: string, places: number): string {
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? plain.slice(1) : plain).split('.');
  return renderDigits(negative, whole + fraction, whole.length + places);
}

/** `digits` with the decimal point after the first `point` of them (before them when ≤ 0), trimmed of zeros that say nothing. */
function renderDigits(negative: boolean, digits: string, point: number): string {
  if (/^0*$/.test(digits)) return '0';
  let first = 0;
  while (first < digits.length - 1 && first < point - 1 && digits[first] === '0') first += 1;
  let end = digits.length;
  while (end > Math.max(first + 1, point) && digits[end - 1] === '0') end -= 1;
  const kept = digits.slice(first, end);
  const at = point - first;
  let text: string;
  if (at <= 0) text = `0.${'0'.repeat(-at)}${kept}`;
  else if (at >= kept.length) text = kept + '0'.repeat(at - kept.length);
  else text = `${kept.slice(0, at)}.${kept.slice(at)}`;
  return negative ? `-${text}` : text;
}

/**
 * Thousands separators in the whole part of a plain decimal (en and ko both write "3,472.2").
 *
 * @example groupDigits('300000000') // '300,000,000'
 */
export function groupDigits(plain: string): string {
  const sign = plain.startsWith('-') ? '-' : '';
  const [whole = '0', fraction] = plain.replace('-', '').split('.');
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) grouped = whole.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return `${sign}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}
