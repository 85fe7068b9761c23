import { useTranslation } from 'react-i18next';
import type { NumberLocale } from '@scaleboard/rules';

/** The locale figures are written in, following the UI language: Korean units (만, 억) for Korean. */
export function useNumberLocale(): NumberLocale {
  const { i18n } = useTranslation();
  return numberLocaleOf(i18n.language);
}

/** @example numberLocaleOf('ko-KR') // 'ko' */
export function numberLocaleOf(language: string | undefined): NumberLocale {
  return language?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
