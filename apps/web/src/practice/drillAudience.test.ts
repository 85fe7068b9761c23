import { describe, expect, it } from 'vitest';
import type { InterviewStateMessage, InterviewStatus } from '@scaleboard/protocol';
import { drillAudience } from './drillAudience';

const state = (status: InterviewStatus): InterviewStateMessage => ({ status, phase: 0, budgetsSec: [300], spentMs: [0], runningSince: null, serverNow: 0, snapshotPhases: [], drills: [] });
const sendEstimation = () => undefined;

describe('drillAudience', () => {
  it('grades on screen outside an interview, and for the owner always', () => {
    for (const status of ['idle', 'ended'] as const) expect(drillAudience({ state: state(status), role: 'editor', sendEstimation }).kind).toBe('study');
    expect(drillAudience({ state: null, role: 'viewer', sendEstimation }).kind).toBe('study');
    expect(drillAudience({ state: state('running'), role: 'owner', sendEstimation }).kind).toBe('study');
  });

  it('in a running or paused interview sends the candidate’s answers and lets a viewer only watch', () => {
    for (const status of ['running', 'paused'] as const) {
      expect(drillAudience({ state: state(status), role: 'editor', sendEstimation })).toEqual({ kind: 'candidate', send: sendEstimation });
      expect(drillAudience({ state: state(status), role: 'viewer', sendEstimation })).toEqual({ kind: 'spectator' });
    }
  });
});
