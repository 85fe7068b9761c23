import { scaleWithUnits } from './roundLikeNote';

const COUNT_UNITS = [[1e3, 'K'], [1e6, 'M'], [1e9, 'B'], [1e12, 'T']] as const;

/**
 * A count or rate as the domain note writes it.
 *
 * @example formatCount(150_000_000) // '150M'
 * @example formatCount(3472.2) // '~3.5K'
 * @example formatCount(6944.4) // '~7K'
 */
export function formatCount(value: number): string {
  return scaleWithUnits(value, COUNT_UNITS, '');
}
