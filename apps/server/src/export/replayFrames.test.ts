import { describe, expect, it } from 'vitest';
import { MAX_REPLAY_FRAMES, replayClock, sampleVersions } from './replayFrames';

describe('sampleVersions', () => {
  it('keeps every version of a short range', () => {
    expect(sampleVersions([7, 9, 12], 5)).toEqual([7, 9, 12]);
    expect(sampleVersions([7], 5)).toEqual([7]);
    expect(sampleVersions([], 5)).toEqual([]);
  });

  it('spreads a long range evenly, first and last included', () => {
    expect(sampleVersions([1, 2, 3, 4, 5], 3)).toEqual([1, 3, 5]);
    expect(sampleVersions([10, 20, 30, 40, 50, 60, 70], 4)).toEqual([10, 30, 50, 70]);
  });

  it('gives exactly the bound, in order and without repeats, for thousands of versions', () => {
    const versions = Array.from({ length: 2_000 }, (_, i) => i * 3 + 1);
    const frames = sampleVersions(versions);
    expect(frames).toHaveLength(MAX_REPLAY_FRAMES);
    expect(frames[0]).toBe(1);
    expect(frames.at(-1)).toBe(versions.at(-1));
    expect(new Set(frames).size).toBe(frames.length);
    expect(frames).toEqual([...frames].sort((a, b) => a - b));
  });

  it('refuses a bound without room for both ends', () => {
    expect(() => sampleVersions([1, 2, 3], 1)).toThrow();
  });
});

describe('replayClock', () => {
  it('counts minutes and seconds from the first frame', () => {
    expect(replayClock(0)).toBe('00:00');
    expect(replayClock(125_400)).toBe('02:05');
    expect(replayClock(45 * 60_000)).toBe('45:00');
    expect(replayClock(100 * 60_000 + 999)).toBe('100:00');
  });
});
