import { BOARD_FORMAT } from '@scaleboard/rules';
import { unescapeXml } from './xml';

/** Namespace of the element that carries the board inside an exported SVG's `<metadata>`. */
export const SVG_BOARD_NAMESPACE = 'https://scaleboard.dev/ns/board';

/**
 * The `<metadata>` element that carries the `scaleboard/v1` document inside an SVG: the board's
 * JSON (`canonicalJson`, the same text a PNG of the picture carries) as escaped XML text, so any
 * label survives and the file stays well-formed.
 *
 * @example svgMetadata(canonicalJson(board)) // '<metadata><sb:board xmlns:sb="…" format="scaleboard/v1">{…}</sb:board></metadata>'
 */
export function svgMetadata(boardJson: string): string {
  return `<metadata><sb:board xmlns:sb="${SVG_BOARD_NAMESPACE}" format="${BOARD_FORMAT}">${escapeJsonText(boardJson)}</sb:board></metadata>`;
}

/** What an SVG holds where a board may be embedded: its JSON text, nothing, or a reason to refuse it. */
export type SvgBoardScan = { found: 'board'; text: string } | { found: 'none' } | { found: 'unreadable'; message: string };

const OPEN_TAG = '<sb:board';
const CLOSE_TAG = '</sb:board>';

/**
 * Finds the one `<sb:board>` element of an SVG and returns its text unescaped. The SVG is
 * untrusted and may be megabytes, so this scans with `indexOf` only (linear; a regular
 * expression over it backtracked quadratically on unterminated openings), and refuses what
 * it could read more than one way: two elements, an unterminated one, markup inside it.
 *
 * @example const scan = scanSvgBoard(svg); if (scan.found === 'board') parseBoard(JSON.parse(scan.text))
 */
export function scanSvgBoard(svg: string): SvgBoardScan {
  const start = svg.indexOf(OPEN_TAG);
  if (start < 0) return { found: 'none' };
  const unreadable = (why: string): SvgBoardScan => ({ found: 'unreadable', message: `This SVG's <sb:board> element ${why}.` });
  if (svg.indexOf(OPEN_TAG, start + OPEN_TAG.length) >= 0) return unreadable('is there more than once; an exported SVG carries one board');
  const tagEnd = svg.indexOf('>', start + OPEN_TAG.length);
  const close = tagEnd < 0 ? -1 : svg.indexOf(CLOSE_TAG, tagEnd + 1);
  if (close < 0) return unreadable('is not terminated');
  const text = svg.slice(tagEnd + 1, close);
  // The exporter escapes every `<` of the JSON, so markup here is not a board we wrote.
  if (text.includes('<')) return unreadable('holds markup instead of the board text');
  return { found: 'board', text: unescapeXml(text) };
}

/**
 * The board JSON text embedded in an SVG we exported, or `undefined` when it carries none or
 * one `scanSvgBoard` refuses. It is untrusted: parse it and validate it with `parseBoard`.
 *
 * @example const text = readSvgBoard(svg); if (text) parseBoard(JSON.parse(text))
 */
export function readSvgBoard(svg: string): string | undefined {
  const scan = scanSvgBoard(svg);
  return scan.found === 'board' ? scan.text : undefined;
}

/** JSON.stringify already escapes control characters and lone surrogates; quotes need no escaping in XML text. */
function escapeJsonText(json: string): string {
  return json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
