/** How an assumption is measured; a `ratio` is stored as 0–1 (the web form shows it as a percentage). */
export type AssumptionUnit = 'users' | 'ratio' | 'perDay' | 'times' | 'bytes' | 'years' | 'milliseconds';

/** One back-of-the-envelope input: the range a board file may hold, its unit, and what an unset field means. */
export interface AssumptionField {
  /** The value the estimate takes when the board leaves the field unset; none for a target that is off until set. */
  default?: number;
  min: number;
  /**
   * The largest value that still means something (more users than people on Earth do not). The
   * form's refusal names it, and it keeps every figure of the estimate a number a person can read.
   */
  max: number;
  unit: AssumptionUnit;
}

/**
 * Every assumption a board can carry, in the order the domain note reasons (chapter 2): users →
 * activity → sizes → retention → target. The board schema, the estimate's defaults and clamps and
 * the web's estimate form are all read from here.
 *
 * Defaults are the note's Twitter example, except the user count: a new board has no users until
 * someone says so, so it carries no load and no over-capacity findings.
 */
const FIELDS = {
  // Ten billion: more than the people on Earth.
  monthlyActiveUsers: { default: 0, min: 0, max: 10_000_000_000, unit: 'users' },
  dailyActiveRatio: { default: 0.5, min: 0, max: 1, unit: 'ratio' },
  writesPerUserPerDay: { default: 2, min: 0, max: 100_000, unit: 'perDay' },
  readsPerWrite: { default: 10, min: 0, max: 100_000, unit: 'times' },
  // Peak is never below the average.
  peakFactor: { default: 2, min: 1, max: 1_000, unit: 'times' },
  mediaRatio: { default: 0.1, min: 0, max: 1, unit: 'ratio' },
  mediaBytes: { default: 1_000_000, min: 0, max: 1e12, unit: 'bytes' },
  textBytes: { default: 140, min: 0, max: 1e9, unit: 'bytes' },
  idBytes: { default: 64, min: 0, max: 1e6, unit: 'bytes' },
  retentionYears: { default: 5, min: 0, max: 100, unit: 'years' },
  // Required availability of the request path (e.g. 0.999); below it the design gets a finding.
  availabilityTarget: { min: 0, max: 1, unit: 'ratio' },
  // Required latency of the slowest request path (e.g. 200 ms); above it the design gets a finding. Ten minutes is past any timeout.
  latencyTargetMs: { min: 0, max: 600_000, unit: 'milliseconds' },
} as const satisfies Record<string, AssumptionField>;

export type AssumptionKey = keyof typeof FIELDS;

/** The inputs of the estimate: the fields with a default. */
export type EstimateInputKey = {
  [K in AssumptionKey]: (typeof FIELDS)[K] extends { default: number } ? K : never;
}[AssumptionKey];

/** @example ASSUMPTION_FIELDS.peakFactor // { default: 2, min: 1, max: 1000, unit: 'times' } */
export const ASSUMPTION_FIELDS: { readonly [K in AssumptionKey]: Readonly<AssumptionField> } = FIELDS;

/** The keys of ASSUMPTION_FIELDS in their order. @example ASSUMPTION_KEYS[0] // 'monthlyActiveUsers' */
export const ASSUMPTION_KEYS: readonly AssumptionKey[] = Object.keys(FIELDS) as AssumptionKey[];

/** @example ESTIMATE_INPUT_KEYS.includes('availabilityTarget') // false */
export const ESTIMATE_INPUT_KEYS = ASSUMPTION_KEYS.filter((key): key is EstimateInputKey => ASSUMPTION_FIELDS[key].default !== undefined);
