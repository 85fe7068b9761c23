import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, langOfLocale, type Lang } from '@scaleboard/rules';

/**
 * The rules package's language for an i18next language (`ko`, `ko-KR` → `ko`; anything else →
 * English), so findings, catalogue and templates follow the language the UI shows.
 *
 * @example rulesLangOf('ko-KR') // 'ko'
 */
export function rulesLangOf(language: string | undefined): Lang {
  return langOfLocale(language) ?? DEFAULT_LANG;
}

/** The UI's current language as the rules package names it; re-renders when it changes. */
export function useRulesLang(): Lang {
  const { i18n } = useTranslation();
  return rulesLangOf(i18n.resolvedLanguage ?? i18n.language);
}
