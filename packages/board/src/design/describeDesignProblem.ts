import { boardProblem, translate, type Lang, type Message } from '@scaleboard/rules';
import type { DesignProblem } from './design';
import { END_OF_LINE, END_OF_TEXT } from './DesignTextError';

/** Longest piece of the text a message quotes. */
const MAX_QUOTED = 40;

function quoted(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

/** A message of the text readers in `lang`; "expected X, found Y" says X and Y in it too. */
function sayDesign(lang: Lang, message: Message): string {
  if (message.key !== 'designText.expected') return translate(lang, message.key, message.params);
  const { expected = '', found = '' } = message.params ?? {};
  const foundText = found === END_OF_LINE ? translate(lang, 'designText.found.endOfLine') : found === END_OF_TEXT ? translate(lang, 'designText.found.endOfText') : quoted(String(found));
  return translate(lang, 'designText.expected', { expected: translate(lang, `designText.want.${expected}`), found: foundText });
}

/**
 * The problem of a refused text in `lang`, led by its line and column.
 *
 * @example describeDesignProblem({ line: 2, column: 4, message: { key: 'designText.strayEnd' } }, 'en') // 'line 2, column 4: "end" without a subgraph to close'
 */
export function describeDesignProblem(problem: DesignProblem, lang: Lang): string {
  const message =
    'boardError' in problem
      ? translate(lang, 'designText.invalidBoard', { problem: boardProblem(problem.input, problem.boardError, lang) })
      : sayDesign(lang, problem.message);
  return translate(lang, 'designText.at', { line: problem.line, column: problem.column, message });
}
