import type { InterviewView } from '../board/interview/useInterview';
import type { DrillAudience } from './EstimationDrill';

/**
 * Who a person is to the estimation drill: during a running or paused interview the candidate
 * (edit key) sends answers to the interviewer and a viewer only watches; the owner, and anyone
 * outside an interview, practises with the grade on screen.
 *
 * @example drillAudience({ state: null, role: 'editor', sendEstimation }).kind // 'study'
 */
export function drillAudience(interview: Pick<InterviewView, 'state' | 'role' | 'sendEstimation'>): DrillAudience {
  const status = interview.state?.status;
  if ((status !== 'running' && status !== 'paused') || interview.role === 'owner') return { kind: 'study' };
  return interview.role === 'editor' ? { kind: 'candidate', send: interview.sendEstimation } : { kind: 'spectator' };
}
