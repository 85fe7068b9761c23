import { groupDigits, plainDigits } from './decimal';
import type { Lang } from '../i18n/lang';
import { APPROX_MARK } from './numberLocale';

/**
 * Rounds the way the domain note does: two significant figures (3,472 → 3,500), and when the
 * leading figure is 5 or more the second snaps to 0 or 5 (6,944 → 7,000; 54.75 → 55), because a
 * back-of-the-envelope figure that large is only worth half-steps.
 *
 * @example roundLikeNote(3472.2) // 3500
 * @example roundLikeNote(6944.4) // 7000
 */
export function roundLikeNote(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const sign = Math.sign(value);
  const abs = Math.abs(value);
  const magnitude = 10 ** Math.floor(Math.log10(abs));
  const leading = abs / magnitude;
  const step = leading >= 5 ? 0.5 : 0.1;
  const rounded = Math.round(leading / step) * step * magnitude;
  // Strip binary noise (3.5000000000000004) so display and equality checks stay clean.
  const clean = sign * Number(rounded.toPrecision(3));
  // Rounding the largest doubles up would overflow; they stay as they are.
  return Number.isFinite(clean) ? clean : value;
}

/** A rounded figure in parts: the approximation mark's need, the scaled number (grouped) and its unit. */
export interface ScaledFigure {
  approximate: boolean;
  /** The rounded value divided by the unit, grouped, never in exponent form: "3.5", "12,000". */
  number: string;
  unit: string;
  /** The size of the unit, e.g. 1e3 for "K". */
  unitSize: number;
}

/**
 * Rounds the way the note does and picks the largest unit the rounded value reaches.
 *
 * @example scaleFigure(6944.4, [[1e3, 'K']]) // { approximate: true, number: '7', unit: 'K', unitSize: 1000 }
 */
export function scaleFigure(value: number, units: readonly (readonly [number, string])[]): ScaledFigure {
  const rounded = roundLikeNote(value);
  const approximate = Math.abs(rounded - value) > Math.abs(value) * 1e-9;
  let unit: readonly [number, string] = units[0]?.[0] === 1 ? units[0] : [1, ''];
  for (const candidate of units) if (Math.abs(rounded) >= candidate[0]) unit = candidate;
  const scaled = Number((rounded / unit[0]).toPrecision(3));
  return { approximate, number: groupDigits(plainDigits(scaled)), unit: unit[1], unitSize: unit[0] };
}

/**
 * Rounds, picks the largest unit the rounded value reaches, and marks approximations ("~" in
 * English, "약 " in Korean). Grouped digits past the largest unit, never exponent form.
 *
 * @example scaleWithUnits(6944.4, [[1e3, 'K']], '') // '~7K'
 */
export function scaleWithUnits(value: number, units: readonly (readonly [number, string])[], separator: string, locale: Lang = 'en'): string {
  if (!Number.isFinite(value)) return '–';
  const figure = scaleFigure(value, units);
  return `${figure.approximate ? APPROX_MARK[locale] : ''}${figure.number}${figure.unit ? `${separator}${figure.unit}` : ''}`;
}
