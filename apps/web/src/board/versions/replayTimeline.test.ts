import { describe, expect, it } from 'vitest';
import { drillMarkers, indexAtTime, MAX_STEP_MS, noteMarkers, phaseMarkers, playbackSchedule, revisionAt, sparklinePoints } from './replayTimeline';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 3, 9, minute, second)).toISOString();

describe('playbackSchedule', () => {
  it('divides the real time between versions by the speed', () => {
    expect(playbackSchedule([0, 1000, 3000], 1)).toEqual([0, 1000, 3000]);
    expect(playbackSchedule([0, 1000, 3000], 4)).toEqual([0, 250, 750]);
  });

  it('caps long idle gaps, so a long pause plays in MAX_STEP_MS', () => {
    const fortyMinutes = 40 * 60_000;
    expect(playbackSchedule([0, 500, 500 + fortyMinutes], 32)).toEqual([0, 500 / 32, 500 / 32 + MAX_STEP_MS]);
  });

  it('never runs backwards on versions stored out of clock order', () => {
    expect(playbackSchedule([1000, 900, 2000], 1)).toEqual([0, 0, 1100]);
  });
});

describe('indexAtTime', () => {
  const schedule = [0, 2000, 2000, 4000];
  it('gives the last point whose time has come', () => {
    expect(indexAtTime(schedule, 0)).toBe(0);
    expect(indexAtTime(schedule, 1999)).toBe(0);
    expect(indexAtTime(schedule, 2000)).toBe(2);
    expect(indexAtTime(schedule, 3999)).toBe(2);
    expect(indexAtTime(schedule, 4000)).toBe(3);
  });

  it('stays on the ends outside the playback', () => {
    expect(indexAtTime(schedule, -5)).toBe(0);
    expect(indexAtTime(schedule, 1e9)).toBe(3);
    expect(indexAtTime([0], 100)).toBe(0);
  });
});

describe('phaseMarkers', () => {
  const points = [{ at: at(0) }, { at: at(10) }, { at: at(20) }];
  it('puts each boundary between the points around it, in proportion to the time', () => {
    expect(phaseMarkers(points, [{ phase: 0, endedAt: at(5) }, { phase: 1, endedAt: at(18) }])).toEqual([
      { phase: 0, position: 0.25 },
      { phase: 1, position: 0.9 },
    ]);
    expect(phaseMarkers(points, [{ phase: 0, endedAt: at(20) }])).toEqual([{ phase: 0, position: 1 }]);
  });

  it('leaves out boundaries outside the points, and has none for a single point', () => {
    expect(phaseMarkers(points, [{ phase: 0, endedAt: at(30) }])).toEqual([]);
    expect(phaseMarkers([{ at: at(0) }], [{ phase: 0, endedAt: at(0) }])).toEqual([]);
  });
});

describe('noteMarkers', () => {
  it('puts a tick where each revision was saved, leaving out those outside the points', () => {
    const points = [{ at: at(0) }, { at: at(10) }, { at: at(20) }];
    expect(noteMarkers(points, [{ at: at(-1) }, { at: at(5) }, { at: at(20) }, { at: at(21) }])).toEqual([0.25, 1]);
  });
});

describe('drillMarkers', () => {
  it('marks where each drill started, leaving out those outside the points', () => {
    const points = [{ at: at(0) }, { at: at(10) }, { at: at(20) }];
    const drills = [
      { preset: 'primary-db-down' as const, startedAt: at(-5), endedAt: at(1) },
      { preset: 'traffic-x3' as const, startedAt: at(5), endedAt: at(8) },
      { preset: 'cold-cache' as const, startedAt: at(15), endedAt: null },
      { preset: 'fail-component' as const, startedAt: at(25), endedAt: null },
    ];
    expect(drillMarkers(points, drills)).toEqual([{ preset: 'traffic-x3', position: 0.25 }, { preset: 'cold-cache', position: 0.75 }]);
  });
});

describe('revisionAt', () => {
  const revisions = [{ at: at(5), notes: 'first' }, { at: at(15), notes: 'second' }];
  it('gives the latest revision saved at or before the time', () => {
    expect(revisionAt(revisions, Date.parse(at(5)))?.notes).toBe('first');
    expect(revisionAt(revisions, Date.parse(at(14, 59)))?.notes).toBe('first');
    expect(revisionAt(revisions, Date.parse(at(15)))?.notes).toBe('second');
    expect(revisionAt(revisions, Date.parse(at(40)))?.notes).toBe('second');
  });

  it('gives none before the first revision, or when there are none', () => {
    expect(revisionAt(revisions, Date.parse(at(4, 59)))).toBeNull();
    expect(revisionAt([], Date.parse(at(4)))).toBeNull();
  });
});

describe('sparklinePoints', () => {
  it('spreads the counts over the width, the most at the top', () => {
    expect(sparklinePoints([0, 2, 1], 100, 20)).toBe('0,20 50,0 100,10');
  });

  it('draws no findings at all along the bottom', () => {
    expect(sparklinePoints([0, 0], 10, 8)).toBe('0,8 10,8');
    expect(sparklinePoints([3], 10, 8)).toBe('0,0');
  });
});
