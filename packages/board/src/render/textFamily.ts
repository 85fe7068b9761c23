import { escapeXml } from './xml';

/** Chinese, Japanese or Korean text, or the punctuation and full-width forms written with it. */
const CJK_TEXT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The fonts of a text in Chinese, Japanese or Korean (in part or whole): the CJK faces before DejaVu.
 *
 * Why: for a character its font lacks, resvg (the server's PNG export) takes the first font file
 * that has it whatever its weight, so Hangul in a bold label drawn in DejaVu came out regular. Named
 * first — resvg 2.6 tries only the first family of the list, then its default — Noto Sans CJK is
 * chosen by weight like any family, and its own Latin letters draw the rest of the text.
 */
export const CJK_FONT_FAMILY = "'Noto Sans CJK KR', 'Noto Sans CJK SC', Inter, 'DejaVu Sans', sans-serif";

/**
 * The `font-family` attribute a `<text>` holding `text` needs beyond the picture's own: the CJK
 * fonts first when the text has CJK characters, none otherwise.
 *
 * @example `<text${familyFor(label)}>` // `<text font-family="&apos;Noto Sans CJK KR&apos;, …">` for '로드밸런서'
 */
export function familyFor(text: string): string {
  return CJK_TEXT.test(text) ? ` font-family="${escapeXml(CJK_FONT_FAMILY)}"` : '';
}
