// The renderer has no DOM to measure text with, and the server and the browser must produce the
// same bytes, so widths are estimated from character classes. Generous estimates keep labels
// inside their boxes in every font the picture may be drawn with (DejaVu, Noto, system UI).

/** Estimated advance of one character, in ems. */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f300))
    return 1;
  if (' .,:;!|il1\'`'.includes(char)) return 0.32;
  if (char >= 'A' && char <= 'Z') return 0.68;
  if ('mwMW@%'.includes(char)) return 0.86;
  return 0.58;
}

/** @example textWidth('LB', 14) // ≈ 19 */
export function textWidth(text: string, fontSize: number): number {
  return emsOf(text) * fontSize;
}

/**
 * Shortens `text` with an ellipsis so its estimated width fits `maxWidth`. Reads only as far as
 * the box can show: a megabyte label costs what its first line costs.
 *
 * @example fitText('A very long label', 60, 13) // 'A very l…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  let ems = 0;
  // Where to cut when the text does not fit: the longest prefix that fits with the ellipsis.
  let cut = 0;
  let withEllipsis = textWidth('…', fontSize);
  let cutting = true;
  let at = 0;
  for (const char of text) {
    const em = advance(char);
    ems += em;
    if (ems * fontSize > maxWidth) return `${text.slice(0, cut).trimEnd()}…`;
    if (cutting && withEllipsis + em * fontSize <= maxWidth) {
      withEllipsis += em * fontSize;
      cut = at + char.length;
    } else cutting = false;
    at += char.length;
  }
  return text;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces when it can (a word wider than a
 * line by characters), keeping explicit newlines. At most `maxLines` lines; the last one is
 * ellipsised when text remains. One pass that measures each character once and stops at the
 * line after the last one shown, so its cost is what `maxLines` lines need, whatever the text.
 *
 * @example wrapText('one two three', 40, 13, 5) // ['one', 'two', 'three']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let ems = 0;
  /** Where the word being written starts in `line`: after its last space. */
  let wordStart = 0;
  /** After a wrap, the spaces that caused it are not carried to the next line. */
  let skippingSpace = false;
  const startLine = (text: string, width: number) => {
    line = text;
    ems = width;
    wordStart = 0;
  };
  for (const char of text) {
    if (lines.length > maxLines) break;
    if (char === '\n') {
      lines.push(line.trimEnd());
      startLine('', 0);
      skippingSpace = false;
      continue;
    }
    const space = /\s/.test(char);
    if (space && skippingSpace) continue;
    skippingSpace = false;
    const em = advance(char);
    if (line === '' || (ems + em) * fontSize <= maxWidth) {
      line += char;
      ems += em;
      if (space) wordStart = line.length;
      continue;
    }
    if (space) {
      lines.push(line.trimEnd());
      startLine('', 0);
      skippingSpace = true;
    } else if (line.slice(0, wordStart).trim() !== '') {
      // The word moves to the next line; its width is measured again, at most a line's worth.
      lines.push(line.slice(0, wordStart).trimEnd());
      const word = line.slice(wordStart);
      startLine(word + char, emsOf(word) + em);
    } else {
      lines.push(line);
      startLine(char, em);
    }
  }
  if (lines.length <= maxLines) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}…`, maxWidth, fontSize);
  return kept;
}

function emsOf(text: string): number {
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems;
}
