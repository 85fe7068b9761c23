import { describe, expect, it } from 'vitest';
import type { HistoryVersion } from '@scaleboard/protocol';
import { appendOlder, mergeVersions, sessionsOf, SESSION_GAP_MS } from './sessionsOf';

const start = Date.parse('2026-03-02T09:00:00.000Z');
const minute = 60_000;
/** A version made `minutes` after nine o'clock. */
const v = (version: number, minutes: number, label: string | null = null): HistoryVersion => ({
  version,
  at: new Date(start + minutes * minute).toISOString(),
  authors: ['Alice'],
  label,
});

describe('sessionsOf', () => {
  it('starts a new session after a pause of more than ten minutes, newest first', () => {
    const versions = [v(6, 95), v(5, 90), v(4, 30), v(3, 21), v(2, 11), v(1, 1)];
    const sessions = sessionsOf(versions);
    expect(sessions.map((s) => s.versions.map((x) => x.version))).toEqual([[6, 5], [4, 3, 2, 1]]);
    expect(sessions[0]).toMatchObject({ from: start + 90 * minute, to: start + 95 * minute });
    expect(sessions[1]).toMatchObject({ from: start + minute, to: start + 30 * minute });
  });

  it('keeps a pause of exactly ten minutes inside the session', () => {
    expect(sessionsOf([v(2, 10), v(1, 0)])).toHaveLength(1);
    expect(sessionsOf([v(2, 10), v(1, 0)], SESSION_GAP_MS - 1)).toHaveLength(2);
  });

  it('measures the gap between neighbours, not from the start of the session', () => {
    // Two hours of steady work, a version every nine minutes: one session.
    const versions = Array.from({ length: 14 }, (_, i) => v(14 - i, (13 - i) * 9));
    expect(sessionsOf(versions)).toHaveLength(1);
  });

  it('keeps a version whose time cannot be read with its neighbours', () => {
    const versions = [v(3, 5), { ...v(2, 4), at: 'not a time' }, v(1, 0)];
    expect(sessionsOf(versions).map((s) => s.versions.length)).toEqual([3]);
  });

  it('has no session for no versions', () => {
    expect(sessionsOf([])).toEqual([]);
  });
});

describe('mergeVersions', () => {
  it('adds the newer versions of a fresh first page above those listed, keeping the older pages', () => {
    const listed = { versions: [v(3, 3), v(2, 2)], next: 1 };
    const page = { versions: [v(5, 5), v(4, 4), v(3, 3, 'named since')], next: 2 };
    const merged = mergeVersions(listed, page);
    expect(merged.versions.map((x) => x.version)).toEqual([5, 4, 3, 2]);
    expect(merged.versions[2]?.label).toBe('named since');
    expect(merged.next).toBe(1);
  });

  it('replaces the list when the page does not reach it, so no versions are silently missing', () => {
    const listed = { versions: [v(3, 3), v(2, 2)], next: 1 };
    const page = { versions: [v(9, 9), v(8, 8)], next: 7 };
    expect(mergeVersions(listed, page)).toEqual(page);
  });

  it('takes the page as it is when nothing was listed, and nothing older is left once a page reaches the first version', () => {
    expect(mergeVersions({ versions: [], next: null }, { versions: [v(2, 2)], next: 1 })).toEqual({ versions: [v(2, 2)], next: 1 });
    expect(mergeVersions({ versions: [v(2, 2)], next: 1 }, { versions: [v(3, 3), v(2, 2), v(1, 1)], next: null }).next).toBeNull();
  });
});

describe('appendOlder', () => {
  it('adds an older page below, once each, and takes its next', () => {
    const listed = { versions: [v(4, 4), v(3, 3), v(2, 2)], next: 2 };
    expect(appendOlder(listed, { versions: [v(2, 2), v(1, 1)], next: null })).toEqual({ versions: [v(4, 4), v(3, 3), v(2, 2), v(1, 1)], next: null });
  });
});
