import { DEFAULT_PHASE_BUDGETS_SEC, INTERVIEW_PHASES, type InterviewClock, type InterviewCommand } from '@scaleboard/protocol';

export type CommandResult =
  | { ok: true; next: InterviewClock; /** The phase this command closed, whose board is snapshotted. */ endedPhase: number | null }
  | { ok: false; message: string };

const LAST = INTERVIEW_PHASES.length - 1;

/** The clock of a board that never had an interview. */
export function idleClock(budgetsSec: readonly number[] = DEFAULT_PHASE_BUDGETS_SEC): InterviewClock {
  return { status: 'idle', phase: 0, budgetsSec: [...budgetsSec], spentMs: INTERVIEW_PHASES.map(() => 0), runningSince: null };
}

/**
 * The interview state machine, pure: idle → running ⇄ paused → ended, with advance/back
 * moving between phases. Time is banked into `spentMs` whenever the running phase changes or
 * stops, so a restart loses nothing: the stored `runningSince` keeps counting.
 *
 * @example applyInterviewCommand(idleClock(), { action: 'start' }, Date.now())
 */
export function applyInterviewCommand(clock: InterviewClock, command: InterviewCommand, now: number): CommandResult {
  const banked = bank(clock, now);
  switch (command.action) {
    case 'start':
      if (clock.status !== 'idle' && clock.status !== 'ended') return refuse('The interview has already started; reset it first.');
      return done({ ...idleClock(command.budgetsSec ?? clock.budgetsSec), status: 'running', runningSince: now });
    case 'pause':
      if (clock.status !== 'running') return refuse('Only a running interview can be paused.');
      return done({ ...banked, status: 'paused' });
    case 'resume':
      if (clock.status !== 'paused') return refuse('Only a paused interview can be resumed.');
      return done({ ...banked, status: 'running', runningSince: now });
    case 'advance':
      if (clock.status === 'idle' || clock.status === 'ended') return refuse('Start the interview first.');
      if (clock.phase === LAST) return done({ ...banked, status: 'ended' }, clock.phase);
      return done({ ...banked, phase: clock.phase + 1, runningSince: clock.status === 'running' ? now : null }, clock.phase);
    case 'back':
      if (clock.status === 'idle') return refuse('Start the interview first.');
      if (clock.status === 'ended') return done({ ...banked, status: 'paused' });
      if (clock.phase === 0) return refuse('This is the first phase.');
      return done({ ...banked, phase: clock.phase - 1, runningSince: clock.status === 'running' ? now : null });
    case 'reset':
      return done(idleClock(clock.budgetsSec));
  }
}

/** Moves the running time into `spentMs` and stops the clock. */
function bank(clock: InterviewClock, now: number): InterviewClock {
  if (clock.status !== 'running' || clock.runningSince === null) return { ...clock, runningSince: null };
  const spentMs = [...clock.spentMs];
  spentMs[clock.phase] = (spentMs[clock.phase] ?? 0) + Math.max(0, now - clock.runningSince);
  return { ...clock, spentMs, runningSince: null };
}

function done(next: InterviewClock, endedPhase: number | null = null): CommandResult {
  return { ok: true, next, endedPhase };
}

function refuse(message: string): CommandResult {
  return { ok: false, message };
}
