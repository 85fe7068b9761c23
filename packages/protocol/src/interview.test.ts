import { describe, expect, it } from 'vitest';
import { DEFAULT_PHASE_BUDGETS_SEC, emptyInterviewNotes, interviewCommandSchema, interviewNotesSchema, phaseElapsedMs, phaseRemainingMs, type InterviewClock } from './interview';

const clock = (over: Partial<InterviewClock>): InterviewClock => ({
  status: 'idle',
  phase: 0,
  budgetsSec: [...DEFAULT_PHASE_BUDGETS_SEC],
  spentMs: [0, 0, 0, 0],
  runningSince: null,
  ...over,
});

describe('interview clock', () => {
  it('defaults to the book budgets summing to 45 minutes', () => {
    expect(DEFAULT_PHASE_BUDGETS_SEC.reduce((a, b) => a + b, 0)).toBe(45 * 60);
    expect(DEFAULT_PHASE_BUDGETS_SEC[0]).toBeGreaterThanOrEqual(180);
    expect(DEFAULT_PHASE_BUDGETS_SEC[3]).toBeLessThanOrEqual(300);
  });

  it('counts running time from runningSince on the server clock, and only spent time otherwise', () => {
    const running = clock({ status: 'running', phase: 1, spentMs: [300_000, 2_000, 0, 0], runningSince: 10_000 });
    expect(phaseElapsedMs(running, 13_000)).toBe(5_000);
    expect(phaseRemainingMs(running, 13_000)).toBe(900_000 - 5_000);
    expect(phaseElapsedMs({ ...running, status: 'paused', runningSince: null }, 99_000)).toBe(2_000);
    expect(phaseElapsedMs(running, 9_000)).toBe(2_000);
  });

  it('validates commands and notes', () => {
    expect(interviewCommandSchema.safeParse({ action: 'advance' }).success).toBe(true);
    expect(interviewCommandSchema.safeParse({ action: 'start', budgetsSec: [1, 2] }).success).toBe(false);
    expect(interviewCommandSchema.safeParse({ action: 'explode' }).success).toBe(false);
    expect(interviewNotesSchema.parse(emptyInterviewNotes())).toEqual(emptyInterviewNotes());
    const bad = { ...emptyInterviewNotes(), rubric: { ...emptyInterviewNotes().rubric, scope: { score: 9, comment: '' } } };
    expect(interviewNotesSchema.safeParse(bad).success).toBe(false);
  });
});
