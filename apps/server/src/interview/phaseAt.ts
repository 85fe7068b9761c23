import { INTERVIEW_PHASES, type InterviewStatus } from '@scaleboard/protocol';
import { translate, type Lang } from '@scaleboard/rules';
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
 * The index of the interview's phase at `at`: the first phase to end after `at`, else the phase
 * still running; null without an interview, and "ended" after its last phase ended. Before the
 * interview started it is the first phase: the clock keeps no start time, and a board's history
 * before its interview is seldom replayed.
 *
 * @example phaseIndexAt({ status: 'running', phase: 1, ended: [{ phase: 0, takenAt: new Date(5000) }] }, new Date(7000)) // 1
 */
export function phaseIndexAt(timeline: PhaseTimeline | null, at: Date): number | 'ended' | null {
  if (!timeline || timeline.status === 'idle') return null;
  const endingAfter = timeline.ended.filter((end) => end.takenAt.getTime() >= at.getTime()).sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime())[0];
  if (!endingAfter && timeline.status === 'ended') return 'ended';
  const phase = endingAfter?.phase ?? timeline.phase;
  return INTERVIEW_PHASES[phase] === undefined ? null : phase;
}

/**
 * The interview's phase at `at` as the replay's stamp names it, in `lang` and in the interview
 * summary's words ("3. Design deep dive", "3. 상세 설계"; "ended" after the last; see phaseIndexAt).
 *
 * @example phaseAt({ status: 'running', phase: 1, ended: [{ phase: 0, takenAt: new Date(5000) }] }, new Date(7000), 'ko') // '2. 개략적인 설계안 제시 및 동의 구하기'
 */
export function phaseAt(timeline: PhaseTimeline | null, at: Date, lang: Lang): string | null {
  const phase = phaseIndexAt(timeline, at);
  if (phase === null) return null;
  if (phase === 'ended') return translate(lang, 'interview.statuses.ended');
  return `${phase + 1}. ${translate(lang, `interview.phases.${INTERVIEW_PHASES[phase]!}`)}`;
}

/**
 * When each phase started, for links to the replay: phase 0 at the replay's start (`'first'`:
 * the clock keeps no start time), every later phase when the one before it ended; null for a
 * phase not reached (and for all of them without an interview).
 *
 * @example phaseStarts({ status: 'running', phase: 1, ended: [{ phase: 0, takenAt: new Date(5000) }] }) // ['first', new Date(5000), null, null]
 */
export function phaseStarts(timeline: PhaseTimeline | null): Array<Date | 'first' | null> {
  return INTERVIEW_PHASES.map((_id, phase) => {
    if (!timeline || timeline.status === 'idle') return null;
    if (phase === 0) return 'first';
    return timeline.ended.find((end) => end.phase === phase - 1)?.takenAt ?? null;
  });
}
