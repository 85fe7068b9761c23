/** The languages every string a person reads exists in (PRODUCT.md: Korean and English). */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** What a request, a command or a file gets when it names no language. */
export const DEFAULT_LANG: Lang = 'en';

/**
 * @example isLang('ko') // true
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a POSIX locale or a BCP 47 tag, or undefined when it is neither of ours
 * (`C`, `POSIX`, `fr_FR`…), so the caller falls through to the next source.
 *
 * @example langOfLocale('ko_KR.UTF-8') // 'ko'
 * @example langOfLocale('en-GB') // 'en'
 */
export function langOfLocale(locale: string | undefined): Lang | undefined {
  // The language is what comes before the first `_`, `-`, `.` or `@`.
  const language = (locale ?? '').split(/[_.@-]/, 1)[0]!.toLowerCase();
  return isLang(language) ? language : undefined;
}
