import { describe, expect, it } from 'vitest';
import { phaseElapsedMs, type InterviewClock, type InterviewCommand } from '@scaleboard/protocol';
import { applyInterviewCommand, idleClock } from './applyInterviewCommand';

/** Applies commands at the given times, failing the test on a refusal. */
function run(steps: Array<[number, InterviewCommand]>, from: InterviewClock = idleClock()): { clock: InterviewClock; ended: number[] } {
  let clock = from;
  const ended: number[] = [];
  for (const [at, command] of steps) {
    const result = applyInterviewCommand(clock, command, at);
    if (!result.ok) throw new Error(result.message);
    clock = result.next;
    if (result.endedPhase !== null) ended.push(result.endedPhase);
  }
  return { clock, ended };
}

describe('applyInterviewCommand', () => {
  it('starts phase 1 running from the given time', () => {
    const { clock } = run([[1_000, { action: 'start' }]]);
    expect(clock).toMatchObject({ status: 'running', phase: 0, runningSince: 1_000, spentMs: [0, 0, 0, 0] });
    expect(phaseElapsedMs(clock, 4_000)).toBe(3_000);
  });

  it('banks time on pause and does not count paused time', () => {
    const { clock } = run([
      [0, { action: 'start' }],
      [10_000, { action: 'pause' }],
      [50_000, { action: 'resume' }],
    ]);
    expect(phaseElapsedMs(clock, 55_000)).toBe(15_000);
  });

  it('advances through the phases, recording which ended, and ends after the last', () => {
    const { clock, ended } = run([
      [0, { action: 'start' }],
      [5_000, { action: 'advance' }],
      [7_000, { action: 'advance' }],
      [8_000, { action: 'back' }],
      [9_000, { action: 'advance' }],
      [10_000, { action: 'advance' }],
      [12_000, { action: 'advance' }],
    ]);
    expect(ended).toEqual([0, 1, 1, 2, 3]);
    expect(clock).toMatchObject({ status: 'ended', phase: 3, runningSince: null, spentMs: [5_000, 3_000, 2_000, 2_000] });
  });

  it('keeps a paused interview paused across advance', () => {
    const { clock } = run([
      [0, { action: 'start' }],
      [1_000, { action: 'pause' }],
      [9_000, { action: 'advance' }],
    ]);
    expect(clock).toMatchObject({ status: 'paused', phase: 1, runningSince: null });
  });

  it('refuses commands that make no sense in the current state', () => {
    expect(applyInterviewCommand(idleClock(), { action: 'pause' }, 0).ok).toBe(false);
    expect(applyInterviewCommand(idleClock(), { action: 'advance' }, 0).ok).toBe(false);
    const { clock } = run([[0, { action: 'start' }]]);
    expect(applyInterviewCommand(clock, { action: 'start' }, 1).ok).toBe(false);
    expect(applyInterviewCommand(clock, { action: 'back' }, 1).ok).toBe(false);
    expect(applyInterviewCommand(clock, { action: 'reset' }, 1)).toMatchObject({ ok: true, next: idleClock() });
  });

  it('uses the budgets given at start', () => {
    const { clock } = run([[0, { action: 'start', budgetsSec: [600, 900, 1500, 300] }]]);
    expect(clock.budgetsSec).toEqual([600, 900, 1500, 300]);
  });
});
