import { DEFAULT_LANG, type Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';

const SECONDS_PER_YEAR = 365 * 86_400;

/**
 * "Nines" of an availability: 0.999 → 3. Capped at 12 so a perfect figure stays a finite number.
 *
 * @example nines(0.9995) // 3.3
 */
export function nines(availability: number): number {
  if (availability >= 1) return 12;
  return Math.min(12, Math.round(-Math.log10(1 - availability) * 10) / 10);
}

/**
 * @example downtimePerYearSeconds(0.999) // 31536
 */
export function downtimePerYearSeconds(availability: number): number {
  return Math.max(0, 1 - availability) * SECONDS_PER_YEAR;
}

/**
 * A duration for people, in `lang`'s units: seconds under a minute, minutes under an hour, hours
 * and minutes under two days, else days.
 *
 * @example formatDuration(31_536) // '8h 46m'
 * @example formatDuration(31_536, 'ko') // '8시간 46분'
 */
export function formatDuration(seconds: number, lang: Lang = DEFAULT_LANG): string {
  if (seconds < 60) return translate(lang, 'duration.seconds', { seconds: Math.round(seconds) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return translate(lang, 'duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return translate(lang, 'duration.hoursMinutes', { hours, minutes: minutes % 60 });
  return translate(lang, 'duration.days', { days: Math.round(hours / 24) });
}

/**
 * @example formatPercent(0.9995) // '99.95 %'
 */
export function formatPercent(ratio: number): string {
  const pct = ratio * 100;
  // Enough decimals to tell 99.9 from 99.95 from 99.999.
  const decimals = pct >= 99 ? Math.min(4, Math.max(1, Math.ceil(-Math.log10(100 - pct + 1e-12)) + 1)) : 1;
  return `${Number(pct.toFixed(decimals))} %`;
}
