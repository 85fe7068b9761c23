import { INTERVIEW_PHASES, type InterviewStatus } from '@scaleboard/protocol';
import type { PhaseSnapshotInfo } from '../storage/InterviewStore';

/** What says which phase an interview was in when: its state now and when each phase ended. */
export interface PhaseTimeline {
  status: InterviewStatus;
  /** The current phase (the last one once ended). */
  phase: number;
  /** When each ended phase ended: its snapshot's `takenAt`. */
  ended: readonly PhaseSnapshotInfo[];
}

/**
 * The interview's phase at `at`, for the replay's stamp ("3. deep dive"): the first phase to end
 * after `at`, else the phase still running; null without an interview, and "ended" after its
 * last phase ended. Before the interview started it names the first phase: the clock keeps no
 * start time, and a board's history before its interview is seldom replayed.
 *
 * @example phaseAt({ status: 'running', phase: 1, ended: [{ phase: 0, takenAt: new Date(5000) }] }, new Date(7000)) // '2. high level design'
 */
export function phaseAt(timeline: PhaseTimeline | null, at: Date): string | null {
  if (!timeline || timeline.status === 'idle') return null;
  const endingAfter = timeline.ended.filter((end) => end.takenAt.getTime() >= at.getTime()).sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())[0];
  if (!endingAfter && timeline.status === 'ended') return 'ended';
  const phase = endingAfter?.phase ?? timeline.phase;
  const id = INTERVIEW_PHASES[phase];
  return id === undefined ? null : `${phase + 1}. ${id.replaceAll('-', ' ')}`;
}
