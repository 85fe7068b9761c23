/**
 * Longest slug in UTF-8 bytes: with a suffix such as `-v12345.scaleboard.json` the name stays within
 * the 255 bytes most file systems allow in a name (60 Hangul syllables, 180 Latin letters).
 */
const MAX_SLUG_BYTES = 180;

/** Names Windows keeps for devices: no file may take one, even with an extension (`con.svg`). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

/** A letter or digit of any script, with the marks that belong to it (accents, vowel signs). */
const UNICODE_WORD = /(?:[\p{L}\p{N}]\p{M}*)+/gu;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * The file name an exported board gets from its title (before the extension): the title's letters
 * and digits, of any script, lower-cased and joined by single hyphens; `board` when nothing is left.
 * Everything else — path separators, quotes, control and invisible characters, punctuation,
 * emoji — is left out, so the name is safe on every common file system; Windows' device names get
 * `-board`. With `ascii`, only the ASCII letters and digits are kept (accents dropped): the fallback
 * name of a download for clients that cannot take a UTF-8 name. Every export — the server's routes
 * and the web's dialog — names its file with it.
 *
 * @example slug('Chapter 1: URL shortener') // 'chapter-1-url-shortener'
 * @example slug('3장: 로드밸런서') // '3장-로드밸런서'
 * @example slug('Café', { ascii: true }) // 'cafe'
 */
export function slug(title: string, { ascii = false }: { ascii?: boolean } = {}): string {
  const text = ascii ? title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase() : title.normalize('NFC').toLowerCase();
  const joined = cutToBytes((text.match(ascii ? ASCII_WORD : UNICODE_WORD) ?? []).join('-'), MAX_SLUG_BYTES).replace(/-$/, '');
  if (joined === '') return 'board';
  return WINDOWS_DEVICE.test(joined) ? `${joined}-board` : joined;
}

/** The longest start of `text` within `maxBytes` of UTF-8, cut between characters. */
function cutToBytes(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}
