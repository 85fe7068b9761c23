import type { Board } from '@scaleboard/rules';
import { boardToMermaid } from '../mermaid/boardToMermaid';
import { boardToText } from '../text/boardToText';
import type { DesignFormat } from './readDesign';

/**
 * A board written in one of the DESIGN_FORMATS: the board file (JSON, two-space indent), a
 * Mermaid flowchart, or the text format.
 *
 * @example writeDesign(board, 'mermaid') // 'flowchart LR\n  …'
 */
export function writeDesign(board: Board, to: DesignFormat): string {
  if (to === 'mermaid') return boardToMermaid(board);
  if (to === 'text') return boardToText(board);
  return `${JSON.stringify(board, null, 2)}\n`;
}
