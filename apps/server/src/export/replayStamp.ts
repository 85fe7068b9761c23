/** The stamp's text size and its distance from the frame's edges, in pixels. */
const FONT_SIZE = 14;
const MARGIN = 8;
const PAD = 6;
/** A generous average advance of the sans-serif export fonts at FONT_SIZE, so the box holds the text. */
const CHAR_WIDTH = 0.62 * FONT_SIZE;

/**
 * The stamp in a replay frame's top-left corner: what the clock said and, in an interview, its
 * phase — as SVG to place over the frame (`width` × `height`). Dark text on a light box reads on
 * either theme; the box never leaves a small frame (text is cut off instead).
 *
 * @example stampSvg(['03:25', '3. deep dive'], { width: 800, height: 600 })
 */
export function stampSvg(lines: readonly string[], frame: { width: number; height: number }): string {
  const text = lines.join('  ·  ');
  const width = Math.min(Math.ceil(text.length * CHAR_WIDTH) + 2 * PAD, Math.max(0, frame.width - 2 * MARGIN));
  const height = Math.min(FONT_SIZE + 2 * PAD, Math.max(0, frame.height - 2 * MARGIN));
  return [
    `<g class="replay-stamp" font-family="sans-serif" font-size="${FONT_SIZE}">`,
    `<rect x="${MARGIN}" y="${MARGIN}" width="${width}" height="${height}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="#5b6472" stroke-width="1"/>`,
    `<text x="${MARGIN + PAD}" y="${MARGIN + PAD + FONT_SIZE * 0.8}" fill="#1d2430">${escapeXml(text)}</text>`,
    '</g>',
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
