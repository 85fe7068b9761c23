import { decimalToNumber, sumDecimals, type Decimal } from './decimal';

/** What a typed number measures: a count or rate, a 0–1 ratio typed as a percentage, or a size. */
export type QuantityKind = 'count' | 'percent' | 'bytes';

export type ParsedQuantity = { ok: true; value: number | undefined } | { ok: false };

/** Longer text is no number a person types; refusing it keeps the parser's work bounded. */
export const MAX_QUANTITY_TEXT = 64;

// Word multipliers as powers of ten. "b" is a billion in a count and a byte in a size.
const COUNT_WORDS: Readonly<Record<string, number>> = {
  k: 3, thousand: 3, thousands: 3,
  m: 6, mn: 6, mil: 6, million: 6, millions: 6,
  b: 9, bn: 9, billion: 9, billions: 9,
  t: 12, tn: 12, trillion: 12, trillions: 12,
};
// Korean counts: an optional 십/백/천 before an optional 만/억/조/경 ("3천만" = 3 × 10^3 × 10^4).
const HANGUL_SMALL: Readonly<Record<string, number>> = { 십: 1, 백: 2, 천: 3 };
const HANGUL_LARGE: Readonly<Record<string, number>> = { 만: 4, 억: 8, 조: 12, 경: 16 };
// Decimal units as the note uses them (1 MB = 10^6 bytes); the binary ones spelled as such.
const BYTE_UNITS: Readonly<Record<string, Decimal>> = {
  b: { mantissa: 1n, exponent: 0 }, byte: { mantissa: 1n, exponent: 0 }, bytes: { mantissa: 1n, exponent: 0 }, 바이트: { mantissa: 1n, exponent: 0 },
  kb: { mantissa: 1n, exponent: 3 }, mb: { mantissa: 1n, exponent: 6 }, gb: { mantissa: 1n, exponent: 9 },
  tb: { mantissa: 1n, exponent: 12 }, pb: { mantissa: 1n, exponent: 15 }, eb: { mantissa: 1n, exponent: 18 },
  kib: { mantissa: 1024n, exponent: 0 }, mib: { mantissa: 1024n ** 2n, exponent: 0 }, gib: { mantissa: 1024n ** 3n, exponent: 0 },
  tib: { mantissa: 1024n ** 4n, exponent: 0 }, pib: { mantissa: 1024n ** 5n, exponent: 0 },
};
const PERCENT_WORDS = new Set(['%', 'percent', 'pct', '퍼센트', '프로']);
// Beyond these a double is Infinity or 0 anyway; the cap keeps the exact sums small.
const MAX_EXPONENT = 400;

type Token = { type: 'number'; value: Decimal } | { type: 'word'; text: string } | { type: 'sign'; negative: boolean } | { type: 'percent' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isHangul = (c: string | undefined) => c !== undefined && c >= '\uac00' && c <= '\ud7a3';

/** Reads a run of digits from `at`; the end index and the digits. */
function digitsFrom(text: string, at: number): [number, string] {
  let end = at;
  while (isDigit(text[end])) end += 1;
  return [end, text.slice(at, end)];
}

/** A number at `at`: "300,000,000", "1.5", ".5", "1e30". Commas must group thousands, so "1,5" is refused, not guessed. */
function numberAt(text: string, at: number): [number, Decimal] | null {
  let [end, whole] = digitsFrom(text, at);
  if (whole.length > 0 && text[end] === ',') {
    if (whole.length > 3) return null;
    while (text[end] === ',') {
      const [next, group] = digitsFrom(text, end + 1);
      if (group.length !== 3) return null;
      whole += group;
      end = next;
    }
  }
  let fraction = '';
  if (text[end] === '.') [end, fraction] = digitsFrom(text, end + 1);
  if (whole === '' && fraction === '') return null;
  let power = 0;
  const sign = text[end + 1] === '-' || text[end + 1] === '+' ? 1 : 0;
  if (text[end] === 'e' && isDigit(text[end + 1 + sign])) {
    const [next, exponent] = digitsFrom(text, end + 1 + sign);
    power = Math.min(MAX_EXPONENT, Number(exponent)) * (text[end + 1] === '-' ? -1 : 1);
    end = next;
  }
  return [end, { mantissa: BigInt(whole + fraction), exponent: power - fraction.length }];
}

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at];
    if (c === ' ' || c === '\t') at += 1;
    else if (isDigit(c) || (c === '.' && isDigit(text[at + 1]))) {
      const read = numberAt(text, at);
      if (!read) return null;
      [at] = read;
      tokens.push({ type: 'number', value: read[1] });
    } else if (c === '-' || c === '\u2212' || c === '+') {
      tokens.push({ type: 'sign', negative: c !== '+' });
      at += 1;
    } else if (c === '%') {
      tokens.push({ type: 'percent' });
      at += 1;
    } else if (isLatin(c) || isHangul(c)) {
      const latin = isLatin(c);
      let end = at;
      while (end < text.length && (latin ? isLatin(text[end]) : isHangul(text[end]))) end += 1;
      const word = text.slice(at, end);
      tokens.push(PERCENT_WORDS.has(word) ? { type: 'percent' } : { type: 'word', text: word });
      at = end;
    } else return null;
  }
  return tokens;
}

const ONE: Decimal = { mantissa: 1n, exponent: 0 };

/** The power of ten a multiplier word stands for ("m" 6, "천만" 7), or null when it is none. */
function multiplierOf(word: string): number | null {
  if (Object.hasOwn(COUNT_WORDS, word)) return COUNT_WORDS[word] ?? null;
  const chars = [...word];
  let power = 0;
  let at = 0;
  const small = chars[0] !== undefined && Object.hasOwn(HANGUL_SMALL, chars[0]) ? HANGUL_SMALL[chars[0]] : undefined;
  if (small !== undefined) {
    power += small;
    at = 1;
  }
  const large = chars[at] !== undefined && Object.hasOwn(HANGUL_LARGE, chars[at] ?? '') ? HANGUL_LARGE[chars[at] ?? ''] : undefined;
  if (large !== undefined) {
    power += large;
    at += 1;
  }
  return at > 0 && at === chars.length ? power : null;
}

/**
 * Terms like "3억 5천만" or "1 million 200 thousand": each a number with a multiplier, the
 * multipliers strictly falling, a bare number only last.
 */
function sumOfTerms(tokens: readonly Token[]): Decimal | null {
  const terms: Decimal[] = [];
  let previous = Infinity;
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    let value = ONE;
    if (token?.type === 'number') {
      value = token.value;
      i += 1;
    }
    const after = tokens[i];
    const word = after?.type === 'word' ? after.text : undefined;
    // A multiplier alone means one of it only in Korean ("천만" is 10^7); "million" alone is no number.
    if (token?.type !== 'number' && !(word !== undefined && isHangul(word[0]))) return null;
    const power = word === undefined ? 0 : multiplierOf(word);
    if (power === null || power >= previous) return null;
    if (word !== undefined) i += 1;
    previous = power;
    terms.push({ mantissa: value.mantissa, exponent: value.exponent + power });
  }
  return terms.length > 0 ? sumDecimals(terms) : null;
}

/**
 * Reads a number as people write it: grouped ("300,000,000"), with a multiplier ("300M",
 * "10 million", "3억", "1.5억", "3천만", "3억 5천만"), full-width or half-width, in exponent form
 * ("1e30", so a range check can refuse it), a percentage ("99.99%" → 0.9999; in a `percent` field
 * the % may be left out) or a size ("1 MB", "2.5 GB", "4 KiB"; a size field whose stored unit is
 * 10^unitExponent bytes takes a bare number in that unit). Blank text is "unset". Sums and scaling
 * are exact decimals, so 99.99 % is stored as 0.9999. Linear in the text, which is capped.
 *
 * @example parseQuantity('1.5억') // { ok: true, value: 150000000 }
 * @example parseQuantity('99.99%', 'percent') // { ok: true, value: 0.9999 }
 * @example parseQuantity('2.5 GB', 'bytes') // { ok: true, value: 2500000000 }
 */
export function parseQuantity(text: string, kind: QuantityKind = 'count', unitExponent = 0): ParsedQuantity {
  if (text.length > MAX_QUANTITY_TEXT * 2) return { ok: false };
  const normalized = text.normalize('NFKC').toLowerCase().trim();
  if (normalized === '') return { ok: true, value: undefined };
  if (normalized.length > MAX_QUANTITY_TEXT) return { ok: false };
  const tokens = tokenize(normalized);
  if (!tokens) return { ok: false };
  let negative = false;
  if (tokens[0]?.type === 'sign') {
    negative = tokens[0].negative;
    tokens.shift();
  }
  let scale = ONE;
  const last = tokens.at(-1);
  if (last?.type === 'percent') {
    if (kind !== 'percent') return { ok: false };
    tokens.pop();
  }
  if (kind === 'percent') scale = { mantissa: 1n, exponent: -2 };
  if (kind === 'bytes' && last?.type === 'word' && Object.hasOwn(BYTE_UNITS, last.text)) {
    const unit = BYTE_UNITS[last.text] ?? ONE;
    scale = { mantissa: unit.mantissa, exponent: unit.exponent - unitExponent };
    tokens.pop();
  }
  const sum = sumOfTerms(tokens);
  if (!sum) return { ok: false };
  const value = decimalToNumber({ mantissa: sum.mantissa * scale.mantissa * (negative ? -1n : 1n), exponent: sum.exponent + scale.exponent });
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
