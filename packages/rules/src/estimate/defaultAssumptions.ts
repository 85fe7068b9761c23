import { ASSUMPTION_FIELDS, ESTIMATE_INPUT_KEYS, type EstimateInputKey } from './assumptionFields';

/** Every estimation input, resolved. */
export type ResolvedAssumptions = Record<EstimateInputKey, number>;

/** Each estimation input's default, from ASSUMPTION_FIELDS. @example DEFAULT_ASSUMPTIONS.peakFactor // 2 */
export const DEFAULT_ASSUMPTIONS: Readonly<ResolvedAssumptions> = Object.fromEntries(
  ESTIMATE_INPUT_KEYS.map((key) => [key, ASSUMPTION_FIELDS[key].default]),
) as ResolvedAssumptions;

/** The note's example: 300 million monthly users, every other input at its default. */
export const TWITTER_ASSUMPTIONS: Readonly<ResolvedAssumptions> = { ...DEFAULT_ASSUMPTIONS, monthlyActiveUsers: 300_000_000 };

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;
/** The 80/20 rule: a fifth of a day's reads are hot enough to keep in cache. */
export const HOT_READ_SHARE = 0.2;
