import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest, type Clock } from './throttleLatest';

const fakeClock: Clock = { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) };

describe('throttleLatest', () => {
  beforeEach(() => void vi.useFakeTimers({ now: 10_000 }));
  afterEach(() => void vi.useRealTimers());

  it('sends the first value at once, then at most one per interval, always the newest', () => {
    const sent: number[] = [];
    const pointer = throttleLatest(50, (value: number) => sent.push(value), fakeClock);
    pointer.push(1);
    expect(sent).toEqual([1]);
    for (let value = 2; value <= 9; value++) {
      vi.advanceTimersByTime(5);
      pointer.push(value);
    }
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(10);
    expect(sent).toEqual([1, 9]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1, 9]);
  });

  it('keeps a steady rate under a continuous stream: one send per interval', () => {
    const sent: Array<{ value: number; at: number }> = [];
    const pointer = throttleLatest(50, (value: number) => sent.push({ value, at: Date.now() }), fakeClock);
    for (let value = 0; value < 1000; value++) {
      pointer.push(value);
      vi.advanceTimersByTime(1);
    }
    vi.advanceTimersByTime(100);
    // At 0, 50, …, 950 ms, and the newest (999) once 1,000 ms is an interval after the last send.
    expect(sent).toHaveLength(21);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBe(50);
    expect(sent.at(-1)!.value).toBe(999);
  });

  it('sends at once again after a rest of an interval', () => {
    const sent: string[] = [];
    const pointer = throttleLatest(50, (value: string) => sent.push(value), fakeClock);
    pointer.push('a');
    vi.advanceTimersByTime(80);
    pointer.push('b');
    expect(sent).toEqual(['a', 'b']);
  });

  it('cancel drops the value still waiting, and the next push is throttled as before', () => {
    const sent: string[] = [];
    const pointer = throttleLatest(50, (value: string) => sent.push(value), fakeClock);
    pointer.push('a');
    pointer.push('stale');
    pointer.cancel();
    vi.advanceTimersByTime(100);
    expect(sent).toEqual(['a']);
    pointer.push('c');
    expect(sent).toEqual(['a', 'c']);
  });
});
