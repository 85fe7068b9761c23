import type { Message } from '@scaleboard/rules';
import type { TextPosition } from './design';

/**
 * Thrown inside the text readers at the first problem, with where it is; the readers' public
 * functions catch it and return it as a DesignProblem, so they never throw.
 */
export class DesignTextError extends Error {
  constructor(
    readonly at: TextPosition,
    readonly said: Message,
  ) {
    super(`${at.line}:${at.column}: ${said.key}`);
  }
}

/** What a reader expected where it stopped: a word of `designText.want`, said in the reader's language. */
export type Expected =
  | 'id'
  | 'title'
  | 'assumption'
  | 'groupKind'
  | 'openGroup'
  | 'propertyName'
  | 'colon'
  | 'commaOrClose'
  | 'value'
  | 'endOfLine'
  | 'colonOrArrow'
  | 'colonArrowOrEnd'
  | 'token'
  | 'node'
  | 'diagram';

/** What a reader found instead, when it is not a word it can quote. */
export const END_OF_LINE = '\u0000eol';
export const END_OF_TEXT = '\u0000eof';

/** "expected X, found Y" as a Message; describeDesignProblem says both words in the reader's language. */
export function expectedMessage(expected: Expected, found: string): Message {
  return { key: 'designText.expected', params: { expected, found } };
}
