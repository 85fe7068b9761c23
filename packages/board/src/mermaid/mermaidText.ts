/**
 * Mermaid's label text both ways. Mermaid writes a character it cannot put in a label as an
 * entity (`#quot;`, `#35;`); labels are HTML, so `<br>` is a line break and other tags are markup.
 */

const NAMED: Readonly<Record<string, string>> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'", num: '#', colon: ':', semi: ';' };

/** Longest entity name read (`#nbsp;`); longer runs are text. */
const MAX_ENTITY = 8;
/** Longest tag read as markup (`<br/>`, `<b>`, `<span class=…>`); longer runs are text. */
const MAX_TAG = 60;

/**
 * A label as a person reads it: entities decoded (`#quot;`, `#35;`, `&amp;`), `<br>` a line break,
 * other tags and Markdown emphasis dropped, Font Awesome icons (`fa:fa-user`) left out, each
 * line trimmed. One pass, linear in the label.
 *
 * @example readMermaidLabel('Load<br/>balancer #quot;A#quot;') // 'Load\nbalancer "A"'
 */
export function readMermaidLabel(raw: string): string {
  let text = raw.trim();
  // A Markdown string: "`**bold** text`".
  if (text.startsWith('`') && text.endsWith('`') && text.length >= 2) text = text.slice(1, -1).replaceAll('**', '').replaceAll('*', '').replaceAll('_', ' ');
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // Each look-ahead is bounded, so a label full of "#" or "<" stays linear.
    const semicolon = c === '#' || c === '&' ? text.slice(i + 1, i + MAX_ENTITY + 2).indexOf(';') : -1;
    if (semicolon >= 0) {
      const entity = decodeEntity(text.slice(i + 1, i + 1 + semicolon));
      if (entity !== undefined) {
        out += entity;
        i += semicolon + 1;
        continue;
      }
    }
    if (c === '<') {
      const close = text.slice(i + 1, i + 1 + MAX_TAG).indexOf('>');
      const end = i + 1 + close;
      const tag = close >= 0 ? text.slice(i + 1, end).trim().toLowerCase() : '';
      if (/^\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?$/.test(tag)) {
        if (/^br\b/.test(tag)) out += '\n';
        i = end;
        continue;
      }
    }
    if (c === 'f' && text.startsWith('fa:fa-', i)) {
      let j = i + 6;
      while (j < text.length && /[a-z0-9-]/.test(text[j]!)) j++;
      i = j - 1;
      continue;
    }
    out += c;
  }
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (/^\d{1,7}$/.test(name)) return codePoint(Number(name));
  if (/^#\d{1,7}$/.test(name)) return codePoint(Number(name.slice(1)));
  if (/^#x[0-9a-f]{1,6}$/i.test(name)) return codePoint(parseInt(name.slice(2), 16));
  return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
}

function codePoint(code: number): string | undefined {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Characters a quoted Mermaid label cannot hold as they are, and how it writes them. */
const ESCAPES: Readonly<Record<string, string>> = { '"': '#quot;', '#': '#35;', '<': '#lt;', '>': '#gt;', '|': '#124;', '`': '#96;', '&': '#amp;', ';': '#59;' };

/**
 * A label written for Mermaid, inside double quotes: the characters Mermaid would read as syntax
 * or markup as entities, line breaks as `<br>`. readMermaidLabel reads it back exactly (spaces at
 * the ends of lines aside).
 *
 * @example writeMermaidLabel('say "hi"\nnow') // '"say #quot;hi#quot;<br>now"'
 */
export function writeMermaidLabel(label: string): string {
  let out = '';
  for (const c of label) out += c === '\n' ? '<br>' : (ESCAPES[c] ?? c);
  return `"${out}"`;
}
