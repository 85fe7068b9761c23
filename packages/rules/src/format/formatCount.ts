import type { Lang } from '../i18n/lang';
import { scaleWithUnits } from './roundLikeNote';

/** Each locale's large-number units: English thousands, Korean ten-thousands (만, 억, 조, 경). */
export const COUNT_UNITS: Readonly<Record<Lang, readonly (readonly [number, string])[]>> = {
  en: [[1e3, 'K'], [1e6, 'M'], [1e9, 'B'], [1e12, 'T']],
  ko: [[1e4, '만'], [1e8, '억'], [1e12, '조'], [1e16, '경']],
};

/**
 * A count or rate as the domain note writes it, in the locale's units; never in exponent form.
 *
 * @example formatCount(150_000_000) // '150M'
 * @example formatCount(3472.2) // '~3.5K'
 * @example formatCount(6944.4) // '~7K'
 * @example formatCount(150_000_000, 'ko') // '1.5억'
 * @example formatCount(3472.2, 'ko') // '약 3,500'
 */
export function formatCount(value: number, locale: Lang = 'en'): string {
  return scaleWithUnits(value, COUNT_UNITS[locale], '', locale);
}
