import { describe, expect, it } from 'vitest';
import { MAX_DRILLS_PER_INTERVIEW, activeDrill, type DrillCommand, type DrillRecord } from '@scaleboard/protocol';
import { applyDrillCommand, drillsOfNewInterview } from './applyDrillCommand';

const dbDown: DrillCommand = { action: 'start', preset: 'primary-db-down', scenario: { fail: ['db'] } };
const triple: DrillCommand = { action: 'start', preset: 'traffic-x3', scenario: { traffic: 3 } };

function play(steps: Array<[number, DrillCommand]>, from: DrillRecord[] = []): DrillRecord[] {
  return steps.reduce((drills, [at, command]) => {
    const result = applyDrillCommand(drills, command, at, 'Ivy');
    if (!result.ok) throw new Error(result.message);
    return result.next;
  }, from);
}

describe('applyDrillCommand', () => {
  it('records each drill with who started it and when it started and ended', () => {
    const drills = play([[1000, dbDown], [5000, { action: 'end' }]]);
    expect(drills).toEqual([{ preset: 'primary-db-down', scenario: { fail: ['db'] }, startedBy: 'Ivy', startedAt: 1000, endedAt: 5000 }]);
    expect(activeDrill(drills)).toBeNull();
  });

  it('plays one drill at a time: a new start ends the one in play at that moment', () => {
    const drills = play([[1000, dbDown], [3000, triple]]);
    expect(drills.map((d) => [d.preset, d.startedAt, d.endedAt])).toEqual([['primary-db-down', 1000, 3000], ['traffic-x3', 3000, null]]);
    expect(activeDrill(drills)?.preset).toBe('traffic-x3');
  });

  it('refuses to end when nothing is in play, and past the cap, changing nothing', () => {
    expect(applyDrillCommand([], { action: 'end' }, 0, 'Ivy')).toEqual({ ok: false, message: 'No drill is in play.' });
    const full = play(Array.from({ length: MAX_DRILLS_PER_INTERVIEW }, (_, i) => [i, triple] as [number, DrillCommand]));
    expect(full).toHaveLength(MAX_DRILLS_PER_INTERVIEW);
    expect(applyDrillCommand(full, dbDown, 10_000, 'Ivy').ok).toBe(false);
    expect(applyDrillCommand(full, { action: 'end' }, 10_000, 'Ivy')).toMatchObject({ ok: true });
  });

  it('never ends a drill before it started, whatever the clock says', () => {
    expect(play([[5000, dbDown], [4000, { action: 'end' }]])[0]?.endedAt).toBe(5000);
  });
});

describe('drillsOfNewInterview', () => {
  it('starts the record over, keeping a drill still in play', () => {
    expect(drillsOfNewInterview(play([[1, dbDown], [2, { action: 'end' }]]))).toEqual([]);
    expect(drillsOfNewInterview(play([[1, dbDown], [2, triple]]))).toEqual([{ preset: 'traffic-x3', scenario: { traffic: 3 }, startedBy: 'Ivy', startedAt: 2, endedAt: null }]);
  });
});
