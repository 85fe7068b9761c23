import type { Lang } from '../i18n/lang';
import { scaleWithUnits } from './roundLikeNote';

// Decimal units, as the note uses them: 1 MB = 10^6 bytes, 1 TB = 10^12 bytes. Korean writes them the same way.
export const BYTE_UNITS = [[1, 'B'], [1e3, 'KB'], [1e6, 'MB'], [1e9, 'GB'], [1e12, 'TB'], [1e15, 'PB'], [1e18, 'EB']] as const;

/**
 * A size in decimal units.
 *
 * @example formatBytes(30e12) // '30 TB'
 * @example formatBytes(54.75e15) // '~55 PB'
 * @example formatBytes(54.75e15, 'ko') // '약 55 PB'
 */
export function formatBytes(bytes: number, locale: Lang = 'en'): string {
  return scaleWithUnits(bytes, BYTE_UNITS, ' ', locale);
}

/**
 * @example formatBytesPerSecond(3.5e9) // '3.5 GB/s'
 */
export function formatBytesPerSecond(bytesPerSecond: number, locale: Lang = 'en'): string {
  return `${formatBytes(bytesPerSecond, locale)}/s`;
}
