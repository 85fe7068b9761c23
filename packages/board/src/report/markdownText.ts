// User text (titles, labels, ids, messages that quote them) inside generated Markdown: it must
// stay the text it is, on the line it was put on, so a title cannot forge a heading, a table row
// or HTML in a report or an interview summary.

/**
 * One line of text where Markdown and HTML syntax stay literal: line breaks become spaces and
 * the characters that start syntax are backslash-escaped. Linear: each whitespace run is matched
 * once (the earlier `\s*\n\s*` pattern backtracked quadratically over a long run of spaces).
 *
 * @example markdownInline('a\n## b <i>') // 'a \\#\\# b \\<i\\>'
 */
export function markdownInline(text: string): string {
  return text.replace(/\s+/g, (space) => (/[\n\r]/.test(space) ? ' ' : space)).replace(/[\\`*_[\]<>#!]/g, '\\$&');
}

/**
 * Text inside a table cell: `markdownInline`, so a pipe or a line break cannot end the row; an
 * empty cell shows a dash.
 *
 * @example markdownCell('a | b') // 'a \\| b'
 */
export function markdownCell(text: string | undefined): string {
  return markdownInline(text ?? '').replace(/\|/g, '\\|').trim() || '–';
}
