import { describe, expect, it } from 'vitest';
import { phaseAt, phaseIndexAt, type PhaseTimeline } from './phaseAt';

const minute = (m: number) => new Date(Date.UTC(2026, 0, 1, 9, m));
const ended = (phase: number, m: number) => ({ phase, takenAt: minute(m) });

describe('phaseAt', () => {
  const running: PhaseTimeline = { status: 'running', phase: 2, ended: [ended(1, 20), ended(0, 5)] };

  it('names the phase that had not ended yet at that moment', () => {
    expect(phaseAt(running, minute(3))).toBe('1. scope');
    expect(phaseAt(running, minute(5))).toBe('1. scope');
    expect(phaseAt(running, minute(6))).toBe('2. high level design');
    expect(phaseAt(running, minute(30))).toBe('3. deep dive');
  });

  it('says the interview ended after its last phase', () => {
    const over: PhaseTimeline = { status: 'ended', phase: 3, ended: [ended(0, 5), ended(1, 20), ended(2, 40), ended(3, 45)] };
    expect(phaseAt(over, minute(44))).toBe('4. wrap up');
    expect(phaseAt(over, minute(50))).toBe('ended');
  });

  it('names nothing without an interview', () => {
    expect(phaseAt(null, minute(3))).toBeNull();
    expect(phaseAt({ status: 'idle', phase: 0, ended: [] }, minute(3))).toBeNull();
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
