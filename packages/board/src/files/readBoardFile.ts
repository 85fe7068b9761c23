import { jsonDeeperThan, parseBoard, tooDeep, type Board, type BoardError } from '@scaleboard/rules';
import type { DesignProblem } from '../design/design';
import { describeDesignProblem } from '../design/describeDesignProblem';
import { detectFormat, readDesign } from '../design/readDesign';
import { scanSvgBoard } from '../render/embeddedBoard';
import { isPng, PNG_BOARD_KEYWORD, readPngText } from './pngChunks';

/**
 * A refused file's `input` is the JSON it held, when it held JSON, for saying the problem in plain
 * words (`boardProblem`); a refused design written as text has its `problem`, to say in the
 * reader's language with describeDesignProblem (`error.message` says it in English).
 */
export type BoardFileResult =
  | { ok: true; board: Board; from: 'json' | 'svg' | 'png' | 'mermaid' | 'text' }
  | { ok: false; error: BoardError; input?: unknown; problem?: DesignProblem };

/**
 * Reads an untrusted board file — `scaleboard/v1` JSON, a PNG or SVG we exported, or a design
 * written as text (a Mermaid flowchart, Markdown holding one, or the text format) — and
 * validates it with the rules package's schema. Never throws; a refusal names the problem and,
 * for a bad board, the path of the first bad field.
 *
 * @example
 * const result = readBoardFile(new Uint8Array(await file.arrayBuffer()));
 * if (!result.ok) show(`${result.error.path}: ${result.error.message}`);
 */
export function readBoardFile(bytes: Uint8Array): BoardFileResult {
  let text: string | undefined;
  let from: 'json' | 'svg' | 'png' = 'json';
  if (isPng(bytes)) {
    from = 'png';
    text = readPngText(bytes, PNG_BOARD_KEYWORD);
    if (text === undefined) return refuse('This PNG carries no Scaleboard board (only PNGs exported by Scaleboard can be imported).');
  } else {
    let content: string;
    try {
      content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      return refuse('The file is neither a board (JSON), nor an SVG or PNG exported by Scaleboard.');
    }
    if (/^\s*</.test(content)) {
      from = 'svg';
      const scan = scanSvgBoard(content);
      if (scan.found === 'none') return refuse('This SVG carries no Scaleboard board (only SVGs exported by Scaleboard can be imported).');
      if (scan.found === 'unreadable') return refuse(scan.message);
      text = scan.text;
    } else if (detectFormat(content) !== 'json') {
      const design = readDesign(content);
      if (design.ok) return { ok: true, board: design.board, from: design.from };
      return { ok: false, error: { path: '(root)', message: describeDesignProblem(design.problem, 'en') }, problem: design.problem };
    } else text = content;
  }
  const what = from === 'json' ? 'The file' : `The board inside this ${from.toUpperCase()}`;
  if (jsonDeeperThan(text)) return refuse(`${what} is ${tooDeep()}.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(`${what} is not valid JSON.`);
  }
  const parsed = parseBoard(json);
  return parsed.ok ? { ok: true, board: parsed.board, from } : { ...parsed, input: json };
}

function refuse(message: string): BoardFileResult {
  return { ok: false, error: { path: '(root)', message } };
}
