import { z } from 'zod';
import { storableText } from '@scaleboard/rules';
import type { DrillRecord } from './drill';

/** The four steps of the book's interview framework (DOMAIN.md, chapter 3), in order. */
export const INTERVIEW_PHASES = ['scope', 'high-level-design', 'deep-dive', 'wrap-up'] as const;
export type InterviewPhaseId = (typeof INTERVIEW_PHASES)[number];

/**
 * Default budgets in seconds: the book gives 3–10, 10–15, 10–25 and 3–5 minutes for a
 * 45-minute interview; 5 + 15 + 20 + 5 is the split that lands on 45.
 */
export const DEFAULT_PHASE_BUDGETS_SEC: readonly number[] = [5 * 60, 15 * 60, 20 * 60, 5 * 60];

/** idle → running ⇄ paused → ended. */
export type InterviewStatus = 'idle' | 'running' | 'paused' | 'ended';

/**
 * The server-owned clock of a board's interview. `spentMs[i]` is the time spent in phase i
 * before `runningSince`; while running, the current phase has also spent `now - runningSince`.
 * Times are epoch milliseconds of the server's clock.
 */
export interface InterviewClock {
  status: InterviewStatus;
  phase: number;
  budgetsSec: number[];
  spentMs: number[];
  runningSince: number | null;
}

/** The clock and the what-if drills played in this interview, oldest first (the last one in play while it has no end). */
export interface InterviewRecord extends InterviewClock {
  drills: DrillRecord[];
}

/** What the server sends: the clock and drills, its own `now` (so clients correct for skew), the phases with a snapshot. */
export interface InterviewStateMessage extends InterviewRecord {
  serverNow: number;
  snapshotPhases: number[];
}

const budgets = z.array(z.number().int().min(60).max(4 * 3600)).length(INTERVIEW_PHASES.length);

/** Owner-only commands; anyone else gets a `forbidden` room error. */
export const interviewCommandSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), budgetsSec: budgets.optional() }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('resume') }),
  z.object({ action: z.literal('advance') }),
  z.object({ action: z.literal('back') }),
  z.object({ action: z.literal('reset') }),
]);
export type InterviewCommand = z.infer<typeof interviewCommandSchema>;

/**
 * Milliseconds spent in the current phase at `serverNow` (a client passes its clock plus the
 * skew it measured from the last message).
 *
 * @example phaseElapsedMs({ status: 'running', phase: 0, budgetsSec: [300], spentMs: [1000], runningSince: 5000 }, 7000) // 3000
 */
export function phaseElapsedMs(clock: InterviewClock, serverNow: number): number {
  const before = clock.spentMs[clock.phase] ?? 0;
  if (clock.status !== 'running' || clock.runningSince === null) return before;
  return before + Math.max(0, serverNow - clock.runningSince);
}

/**
 * Milliseconds left of the current phase's budget; negative once over time.
 *
 * @example phaseRemainingMs({ status: 'paused', phase: 0, budgetsSec: [300], spentMs: [60000], runningSince: null }, 0) // 240000
 */
export function phaseRemainingMs(clock: InterviewClock, serverNow: number): number {
  return (clock.budgetsSec[clock.phase] ?? 0) * 1000 - phaseElapsedMs(clock, serverNow);
}

/** One rubric line: a 1–4 score (or none yet) and a comment. */
export const RUBRIC_AREAS = ['scope', 'highLevelDesign', 'deepDive', 'communication'] as const;
export type RubricArea = (typeof RUBRIC_AREAS)[number];

const rubricEntry = z.object({ score: z.number().int().min(1).max(4).nullable(), comment: storableText.max(4000) });
export const interviewNotesSchema = z.object({
  notes: storableText.max(50_000),
  rubric: z.object({
    scope: rubricEntry,
    highLevelDesign: rubricEntry,
    deepDive: rubricEntry,
    communication: rubricEntry,
  }),
});
/** The interviewer's private notes: `GET`/`PUT /api/boards/:id/interview/notes` with the owner key only. */
export type InterviewNotes = z.infer<typeof interviewNotesSchema>;

/** Notes before anyone wrote any. */
export function emptyInterviewNotes(): InterviewNotes {
  const blank = () => ({ score: null, comment: '' });
  return { notes: '', rubric: { scope: blank(), highLevelDesign: blank(), deepDive: blank(), communication: blank() } };
}

/** Most revisions `GET …/interview/notes/revisions` answers with: the latest in the range. */
export const MAX_NOTE_REVISIONS = 500;

/** `GET /api/boards/:id/interview/notes/revisions` query: revisions saved from `from` to `to` (ISO times, both included, either optional). */
export const noteRevisionsQuerySchema = z
  .strictObject({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional(), key: z.string().optional() })
  .refine((query) => query.from === undefined || query.to === undefined || Date.parse(query.from) <= Date.parse(query.to), { message: 'from is after to', path: ['from'] });

/** One saved revision of the private notes and rubric; `at` is when it was saved (ISO 8601). */
export interface NoteRevision extends InterviewNotes {
  at: string;
}

/** `GET /api/boards/:id/interview/notes/revisions` (owner key only) → oldest first. */
export interface NoteRevisionsResponse {
  revisions: NoteRevision[];
}

/** `GET /api/boards/:id/interview/snapshots/:phase` → the board at the end of that phase. */
export interface InterviewSnapshotResponse {
  phase: number;
  takenAt: string;
  board: unknown;
}
