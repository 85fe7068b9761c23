/** The language a person chose with the switcher, kept in this browser beside their profile. */
export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a person finds theirs whatever the UI shows now. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ko: '한국어' };

/** The localStorage key; i18next's detector reads it before the browser's languages. */
export const LANGUAGE_KEY = 'scaleboard.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Remembers an explicit choice only: until a person picks one, the browser's languages decide. */
export function saveLanguage(language: Language, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage can be full or blocked (private mode); the choice then lasts for this page only.
  }
}
