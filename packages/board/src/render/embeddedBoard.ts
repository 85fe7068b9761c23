import type { Board } from '@scaleboard/rules';
import { canonicalJson } from './canonicalJson';
import { escapeXml, unescapeXml } from './xml';

/** Namespace of the element that carries the board inside an exported SVG's `<metadata>`. */
export const SVG_BOARD_NAMESPACE = 'https://scaleboard.dev/ns/board';

/**
 * The `<metadata>` element that carries the `scaleboard/v1` document inside an SVG: the JSON as
 * escaped XML text, so any label survives and the file stays well-formed.
 *
 * @example svgMetadata(board) // '<metadata><sb:board xmlns:sb="…" format="scaleboard/v1">{…}</sb:board></metadata>'
 */
export function svgMetadata(board: Board): string {
  return `<metadata><sb:board xmlns:sb="${SVG_BOARD_NAMESPACE}" format="${escapeXml(board.format)}">${escapeJsonText(canonicalJson(board))}</sb:board></metadata>`;
}

/**
 * The board JSON text embedded in an SVG we exported, or `undefined` when it carries none.
 * It is untrusted: parse it and validate it with `parseBoard`.
 *
 * @example const text = readSvgBoard(svg); if (text) parseBoard(JSON.parse(text))
 */
export function readSvgBoard(svg: string): string | undefined {
  const match = /<sb:board\b[^>]*>([^<]*)<\/sb:board>/.exec(svg);
  return match ? unescapeXml(match[1] ?? '') : undefined;
}

/** JSON.stringify already escapes control characters and lone surrogates; quotes need no escaping in XML text. */
function escapeJsonText(json: string): string {
  return json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
