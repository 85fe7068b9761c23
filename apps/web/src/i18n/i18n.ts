import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_KEY, LANGUAGES } from '../profile/languageStore';
import { en } from './en';
import { ko } from './ko';

/**
 * Set to "on" in localStorage to make a key missing in the current language an error on the
 * console instead of a quiet fallback to English (the Korean e2e walk runs this way).
 */
export const STRICT_KEYS_FLAG = 'scaleboard.i18n.strict';

function strictKeys(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(STRICT_KEYS_FLAG) === 'on';
  } catch {
    return false;
  }
}

const strict = strictKeys();

/**
 * One i18next instance for the app. The language is the one chosen with the switcher
 * (localStorage), else the first of the browser's languages we have; English otherwise. The
 * detector caches nothing by itself: only an explicit choice is remembered (saveLanguage).
 */
void i18next
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: LANGUAGES,
    load: 'languageOnly',
    fallbackLng: strict ? { ko: [], default: ['en'] } : 'en',
    resources: { en: { translation: en }, ko: { translation: ko } },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_KEY,
      caches: [],
      // "ko-KR" and "ko" are the same language here.
      convertDetectedLanguage: (language: string) => language.split('-')[0] ?? language,
    },
    interpolation: { escapeValue: false },
    ...(strict
      ? {
          saveMissing: true,
          missingKeyHandler: (languages: readonly string[], _namespace: string, key: string) => {
            console.error(`i18n: missing key "${key}" in ${languages.join(', ')}`);
          },
        }
      : {}),
  });

/** Screen readers and the browser's spell check and hyphenation follow the UI's language. */
function followDocumentLanguage(language: string | undefined): void {
  if (typeof document !== 'undefined' && language) document.documentElement.lang = language;
}
followDocumentLanguage(i18next.resolvedLanguage);
i18next.on('languageChanged', () => followDocumentLanguage(i18next.resolvedLanguage));

export { i18next };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
