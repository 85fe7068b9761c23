import type { TextPosition } from '../design/design';
import { DESIGN_LIMITS } from '../design/designLimits';
import { DesignTextError, expectedMessage } from '../design/DesignTextError';

/** One token of the text format; `text` is a word as written or a string's value (escapes read). */
export type Token = TextPosition &
  (
    | { type: 'word'; text: string }
    | { type: 'string'; text: string }
    | { type: 'arrow'; text: '->' | '~>' | '=>' }
    | { type: 'punct'; text: ':' | '{' | '}' | ',' }
    | { type: 'newline'; text: '\n' }
    | { type: 'eof'; text: '' }
  );

/** A letter, digit, "_" or "." of a word (and "-" unless it starts an arrow). */
const WORD_CHAR = /[\p{L}\p{N}_.]/u;

/**
 * The tokens of a text in the text format, as an array (readTokens yields them one by one).
 *
 * @example tokenize('lb -> web "HTTP"').map((t) => t.type) // ['word', 'arrow', 'word', 'string', 'eof']
 */
export function tokenize(text: string): Token[] {
  return [...readTokens(text)];
}

/**
 * The tokens of a text in the text format, one at a time, so a parser meets the first problem of
 * the text first, whether the scanner or the grammar finds it. In one pass: words (ids, kinds, numbers, bare values),
 * double-quoted strings with JSON's escapes, arrows, punctuation and line ends (";" is one too);
 * "#" starts a comment to the end of the line. Throws a DesignTextError at the first character it
 * cannot read. Linear in the text; bounded by DESIGN_LIMITS.
 *
 * @example readTokens('lb -> web').next().value // { type: 'word', text: 'lb', line: 1, column: 1 }
 */
export function* readTokens(text: string): Generator<Token, void, undefined> {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  const at = (index: number): TextPosition => ({ line, column: index - lineStart + 1 });
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n' || c === ';') {
      yield { type: 'newline', text: '\n', ...at(i) };
      i++;
      if (c === '\n') {
        line++;
        lineStart = i;
        if (line > DESIGN_LIMITS.maxLines) throw new DesignTextError(at(i), { key: 'designText.tooManyLines', params: { limit: DESIGN_LIMITS.maxLines } });
      }
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') i++;
    else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '"') {
      const end = closingQuote(text, i);
      if (end === TOO_LONG) throw new DesignTextError(at(i), { key: 'designText.tooLong', params: { limit: DESIGN_LIMITS.maxToken } });
      if (end < 0) throw new DesignTextError(at(i), { key: 'designText.unterminatedString' });
      yield { type: 'string', text: stringValue(text.slice(i, end + 1), at(i)), ...at(i) };
      i = end + 1;
    } else if ((c === '-' || c === '~' || c === '=') && text[i + 1] === '>') {
      yield { type: 'arrow', text: `${c}>` as '->' | '~>' | '=>', ...at(i) };
      i += 2;
    } else if (c === ':' || c === '{' || c === '}' || c === ',') {
      yield { type: 'punct', text: c, ...at(i) };
      i++;
    } else if (WORD_CHAR.test(c) || c === '-') {
      const start = i;
      while (i < text.length && (WORD_CHAR.test(text[i]!) || (text[i] === '-' && text[i + 1] !== '>'))) i++;
      if (i - start > DESIGN_LIMITS.maxToken) throw new DesignTextError(at(start), { key: 'designText.tooLong', params: { limit: DESIGN_LIMITS.maxToken } });
      yield { type: 'word', text: text.slice(start, i), ...at(start) };
    } else {
      throw new DesignTextError(at(i), expectedMessage('token', c));
    }
  }
  yield { type: 'eof', text: '', ...at(i) };
}

const UNCLOSED = -1;
const TOO_LONG = -2;

/** The index of the quote closing the string opening at `start`; UNCLOSED when the line ends first. */
function closingQuote(text: string, start: number): number {
  const limit = Math.min(text.length, start + DESIGN_LIMITS.maxToken);
  for (let i = start + 1; i < limit; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
    else if (c === '\n') return UNCLOSED;
  }
  return limit < text.length ? TOO_LONG : UNCLOSED;
}

/** A quoted string's value: JSON's string syntax, read by JSON itself (linear, and exactly JSON's escapes). */
function stringValue(quoted: string, at: TextPosition): string {
  try {
    return JSON.parse(quoted) as string;
  } catch (error) {
    throw new DesignTextError(at, { key: 'designText.badString', params: { detail: (error as Error).message } });
  }
}
