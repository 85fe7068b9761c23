import { describe, expect, it } from 'vitest';
import { phaseAt, phaseIndexAt, phaseStarts, type PhaseTimeline } from './phaseAt';

const minute = (m: number) => new Date(Date.UTC(2026, 0, 1, 9, m));
const ended = (phase: number, m: number) => ({ phase, takenAt: minute(m) });

describe('phaseAt', () => {
  const running: PhaseTimeline = { status: 'running', phase: 2, ended: [ended(1, 20), ended(0, 5)] };

  it('names the phase that had not ended yet at that moment, as the interview summary names it', () => {
    expect(phaseAt(running, minute(3), 'en')).toBe('1. Understand the problem and fix the scope');
    expect(phaseAt(running, minute(5), 'en')).toBe('1. Understand the problem and fix the scope');
    expect(phaseAt(running, minute(6), 'en')).toBe('2. High-level design');
    expect(phaseAt(running, minute(30), 'en')).toBe('3. Design deep dive');
  });

  it('names it in the language asked for', () => {
    expect(phaseAt(running, minute(6), 'ko')).toBe('2. 개략적인 설계안 제시 및 동의 구하기');
    expect(phaseAt(running, minute(30), 'ko')).toBe('3. 상세 설계');
  });

  it('says the interview ended after its last phase', () => {
    const over: PhaseTimeline = { status: 'ended', phase: 3, ended: [ended(0, 5), ended(1, 20), ended(2, 40), ended(3, 45)] };
    expect(phaseAt(over, minute(44), 'en')).toBe('4. Wrap up');
    expect(phaseAt(over, minute(50), 'en')).toBe('ended');
    expect(phaseAt(over, minute(50), 'ko')).toBe('종료');
  });

  it('names nothing without an interview', () => {
    expect(phaseAt(null, minute(3), 'ko')).toBeNull();
    expect(phaseAt({ status: 'idle', phase: 0, ended: [] }, minute(3), 'ko')).toBeNull();
  });
});

describe('phaseIndexAt', () => {
  it('gives the index of the phase phaseAt names', () => {
    const over: PhaseTimeline = { status: 'ended', phase: 1, ended: [ended(0, 5), ended(1, 20)] };
    expect(phaseIndexAt(over, minute(3))).toBe(0);
    expect(phaseIndexAt(over, minute(6))).toBe(1);
    expect(phaseIndexAt(over, minute(21))).toBe('ended');
    expect(phaseIndexAt(null, minute(3))).toBeNull();
  });
});

describe('phaseStarts', () => {
  const end = (phase: number, ms: number) => ({ phase, takenAt: new Date(ms) });
  it('starts phase 0 at the replay start and each later phase when the one before ended', () => {
    expect(phaseStarts({ status: 'running', phase: 2, ended: [end(1, 9000), end(0, 5000)] })).toEqual(['first', new Date(5000), new Date(9000), null]);
    expect(phaseStarts({ status: 'ended', phase: 3, ended: [end(0, 1), end(1, 2), end(2, 3), end(3, 4)] })).toEqual(['first', new Date(1), new Date(2), new Date(3)]);
  });
  it('has no starts without an interview or before it started', () => {
    expect(phaseStarts(null)).toEqual([null, null, null, null]);
    expect(phaseStarts({ status: 'idle', phase: 0, ended: [] })).toEqual([null, null, null, null]);
  });
});
