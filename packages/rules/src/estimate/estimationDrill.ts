import { DEFAULT_ASSUMPTIONS, type ResolvedAssumptions } from './defaultAssumptions';
import { estimate, type Estimate } from './estimate';
import { seededRandom } from '../random/seededRandom';

/**
 * The estimation drill (docs/estimation.md#estimation-drill): a flashcard of assumptions, a person's
 * own DAU, QPS, storage and servers, each graded against the engine the way interviewers grade —
 * the right order of magnitude, within a factor of two.
 */

/** What a person answers, in this order on the card. */
export const DRILL_ANSWERS = ['dailyActiveUsers', 'qps', 'storageTotal', 'webServers'] as const;
export type DrillAnswerKey = (typeof DRILL_ANSWERS)[number];

/** How a card's answer is read from the engine's estimate, and what it measures. */
export const DRILL_ANSWER_FIELDS: { readonly [K in DrillAnswerKey]: { kind: 'count' | 'bytes'; of: (e: Estimate) => number } } = {
  dailyActiveUsers: { kind: 'count', of: (e) => e.dailyActiveUsers },
  // Average reads plus writes: the first QPS an interviewer asks for.
  qps: { kind: 'count', of: (e) => e.qps },
  // Text and media over the whole retention.
  storageTotal: { kind: 'bytes', of: (e) => e.storageTotalBytes },
  // Web servers needed at peak, at the catalogue's capacity per instance.
  webServers: { kind: 'count', of: (e) => e.serversNeeded.webServers },
};

/** An answer passes when it is within this factor of the engine's, either way. */
export const DRILL_TOLERANCE = 2;

/** Largest seed: a card is any unsigned 32-bit number. */
export const MAX_DRILL_SEED = 0xffff_ffff;

// Round values an interviewer would state; a card picks one of each.
const CHOICES: { readonly [K in keyof ResolvedAssumptions]?: readonly number[] } = {
  monthlyActiveUsers: [1e6, 5e6, 10e6, 50e6, 100e6, 200e6, 300e6, 500e6, 1e9, 2e9],
  dailyActiveRatio: [0.1, 0.2, 0.3, 0.5, 0.6, 0.8],
  writesPerUserPerDay: [1, 2, 3, 5, 10, 20],
  readsPerWrite: [1, 2, 5, 10, 20, 100],
  peakFactor: [2, 3, 5],
  mediaRatio: [0, 0.05, 0.1, 0.2, 0.5],
  mediaBytes: [100e3, 500e3, 1e6, 2e6, 5e6],
  textBytes: [100, 140, 280, 500, 1000],
  retentionYears: [1, 2, 3, 5, 10],
};

/**
 * The assumptions of card `seed`: one round value per input, the rest at the defaults.
 *
 * @example drawDrillCard(1).monthlyActiveUsers // the same number on every machine
 */
export function drawDrillCard(seed: number): ResolvedAssumptions {
  const random = seededRandom(seed);
  const card: ResolvedAssumptions = { ...DEFAULT_ASSUMPTIONS };
  for (const [key, values] of Object.entries(CHOICES) as Array<[keyof ResolvedAssumptions, readonly number[]]>) {
    card[key] = values[Math.floor(random() * values.length)] ?? card[key];
  }
  return card;
}

/** A new card's seed from a random number in [0, 1) (Math.random in the app). @example drillSeedFrom(0.5) // 2147483648 */
export function drillSeedFrom(random: number): number {
  return Math.min(MAX_DRILL_SEED, Math.floor(Math.max(0, random) * (MAX_DRILL_SEED + 1)));
}

export interface DrillGrade {
  /** The engine's figure. */
  expected: number;
  /** What the person entered; null when left blank. */
  answer: number | null;
  /** answer ÷ expected (1 is exact); null when blank or when the engine says 0. */
  ratio: number | null;
  pass: boolean;
}

export type DrillAnswers = Partial<Record<DrillAnswerKey, number | null>>;

/**
 * Grades each answer against the engine's estimate for `assumptions`: a pass within a factor of
 * DRILL_TOLERANCE either way; a blank answer fails.
 *
 * @example gradeDrill(drawDrillCard(7), { dailyActiveUsers: 1e6 }).dailyActiveUsers.pass
 */
export function gradeDrill(assumptions: ResolvedAssumptions, answers: DrillAnswers): Record<DrillAnswerKey, DrillGrade> {
  const e = estimate(assumptions);
  const grades = {} as Record<DrillAnswerKey, DrillGrade>;
  for (const key of DRILL_ANSWERS) {
    const expected = DRILL_ANSWER_FIELDS[key].of(e);
    const given = answers[key];
    const answer = typeof given === 'number' && Number.isFinite(given) ? given : null;
    const ratio = answer === null || expected === 0 ? null : answer / expected;
    const pass = answer !== null && (expected === 0 ? answer === 0 : ratio !== null && ratio >= 1 / DRILL_TOLERANCE && ratio <= DRILL_TOLERANCE);
    grades[key] = { expected, answer, ratio, pass };
  }
  return grades;
}
