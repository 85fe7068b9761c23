/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (most C0
 * controls, lone surrogates) are dropped, so a hostile label can never make the file unparseable.
 *
 * @example escapeXml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  // XML 1.0 cannot carry these characters at all, escaped or not.
  return text
    // eslint-disable-next-line no-control-regex -- matching the forbidden controls is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Reverses `escapeXml` (and the numeric references another tool may have written). Never throws:
 * a reference to no character XML allows (NUL, a surrogate, past U+10FFFF) becomes U+FFFD, as
 * HTML parsers do, instead of the RangeError `String.fromCodePoint` would raise.
 *
 * @example unescapeXml('a &lt; b &#x110000;') // 'a < b \uFFFD'
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|quot|apos|amp);/g, (_match, ref: string) => {
    if (ref.startsWith('#x')) return character(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return character(Number.parseInt(ref.slice(1), 10));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[ref] ?? '';
  });
}

function character(code: number): string {
  const allowed = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return allowed ? String.fromCodePoint(code) : '\uFFFD';
}

/** Numbers in the output: at most two decimals, no `-0`, so the same board gives the same bytes. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
