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
  let ems = 0;
  for (const char of text) ems += advance(char);
  return ems * fontSize;
}

/**
 * Shortens `text` with an ellipsis so its estimated width fits `maxWidth`.
 *
 * @example fitText('A very long label', 60, 13) // 'A very l…'
 */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let out = '';
  let width = textWidth('…', fontSize);
  for (const char of text) {
    const next = width + textWidth(char, fontSize);
    if (next > maxWidth) break;
    out += char;
    width = next;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Breaks text into lines no wider than `maxWidth`, at spaces when it can, keeping explicit newlines.
 * At most `maxLines` lines; the last one is ellipsised when text remains.
 *
 * @example wrapText('one two three', 40, 13, 5) // ['one', 'two', 'three']
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/(\s+)/)) {
      if (word === '') continue;
      const candidate = line + word;
      if (textWidth(candidate, fontSize) <= maxWidth || line === '') {
        line = candidate;
        // A single word wider than the line is broken by characters.
        while (textWidth(line, fontSize) > maxWidth && line.length > 1) {
          let head = '';
          for (const char of line) {
            if (textWidth(head + char, fontSize) > maxWidth && head) break;
            head += char;
          }
          lines.push(head);
          line = line.slice(head.length);
        }
      } else {
        lines.push(line.trimEnd());
        line = word.trimStart();
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]}…`, maxWidth, fontSize);
  return kept;
}
