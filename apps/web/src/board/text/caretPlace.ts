/** Where a caret is as a person sees it: 0-based line and column. */
export interface CaretPlace {
  line: number;
  column: number;
}

/**
 * The line and column of `offset` in `text`. Scans up to the offset only.
 *
 * @example placeOf('a\nbcd', 3) // { line: 1, column: 1 }
 */
export function placeOf(text: string, offset: number): CaretPlace {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 0;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: before.length - lineStart };
}

/**
 * The offset of the same line and column in `text`, clamped to the line's end (or the text's end):
 * when the board rewrites the text around a caret, the caret stays where the person was looking.
 *
 * @example offsetOf('a\nbc', { line: 1, column: 9 }) // 4
 */
export function offsetOf(text: string, place: CaretPlace): number {
  let start = 0;
  for (let line = 0; line < place.line; line++) {
    const end = text.indexOf('\n', start);
    if (end === -1) return text.length;
    start = end + 1;
  }
  const end = text.indexOf('\n', start);
  return Math.min(start + place.column, end === -1 ? text.length : end);
}
