/** Every estimation input, resolved. */
export interface ResolvedAssumptions {
  monthlyActiveUsers: number;
  dailyActiveRatio: number;
  writesPerUserPerDay: number;
  readsPerWrite: number;
  peakFactor: number;
  mediaRatio: number;
  mediaBytes: number;
  textBytes: number;
  idBytes: number;
  retentionYears: number;
}

/**
 * Defaults are the domain note's Twitter example (chapter 2), except the user count: a new board
 * has no users until someone says so, so it carries no load and no over-capacity findings.
 */
export const DEFAULT_ASSUMPTIONS: Readonly<ResolvedAssumptions> = {
  monthlyActiveUsers: 0,
  dailyActiveRatio: 0.5,
  writesPerUserPerDay: 2,
  readsPerWrite: 10,
  peakFactor: 2,
  mediaRatio: 0.1,
  mediaBytes: 1_000_000,
  textBytes: 140,
  idBytes: 64,
  retentionYears: 5,
};

/** The note's example: 300 million monthly users, every other input at its default. */
export const TWITTER_ASSUMPTIONS: Readonly<ResolvedAssumptions> = { ...DEFAULT_ASSUMPTIONS, monthlyActiveUsers: 300_000_000 };

export const SECONDS_PER_DAY = 86_400;
export const DAYS_PER_YEAR = 365;
/** The 80/20 rule: a fifth of a day's reads are hot enough to keep in cache. */
export const HOT_READ_SHARE = 0.2;
