import type { DrillPreset, NoteRevision, TimelinePoint, TimelineResponse } from '@scaleboard/protocol';

/**
 * Longest wait between two versions during playback: a pause in the work (a long discussion, a
 * coffee) is skipped over in this long, so a 45-minute session with pauses still plays.
 */
export const MAX_STEP_MS = 2000;

/** The speeds the player offers: real time divided by the speed. */
export const REPLAY_SPEEDS = [1, 2, 4, 8, 16, 32] as const;
export type ReplaySpeed = (typeof REPLAY_SPEEDS)[number];

/**
 * When each point is shown during playback, in ms from the first: the real time between the
 * versions divided by `speed`, each gap capped at `maxStepMs`.
 *
 * @example playbackSchedule([0, 4000, 600_000], 2) // [0, 2000, 4000]
 */
export function playbackSchedule(times: readonly number[], speed: number, maxStepMs = MAX_STEP_MS): number[] {
  const schedule: number[] = [];
  for (const [i, time] of times.entries()) {
    const gap = i === 0 ? 0 : Math.min(Math.max(0, time - times[i - 1]!) / speed, maxStepMs);
    schedule.push(i === 0 ? 0 : schedule[i - 1]! + gap);
  }
  return schedule;
}

/**
 * The point shown `t` ms into playback: the last one whose time in `schedule` has come (binary
 * search; the first before the start, the last after the end).
 *
 * @example indexAtTime([0, 2000, 4000], 2500) // 1
 */
export function indexAtTime(schedule: readonly number[], t: number): number {
  let low = 0;
  let high = schedule.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (schedule[mid]! <= t) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * Where `time` falls on the scrubber, from 0 (first point) to 1 (last point): between the last
 * point at or before it and the next, in proportion to the time; null outside the points' span.
 *
 * @example scrubberPosition([0, 600_000], 300_000) // 0.5
 */
export function scrubberPosition(times: readonly number[], time: number): number | null {
  if (times.length < 2) return null;
  const last = times.length - 1;
  if (!(time >= times[0]! && time <= times[last]!)) return null;
  const before = indexAtTime(times, time);
  const next = Math.min(before + 1, last);
  const span = times[next]! - times[before]!;
  const within = span > 0 ? (time - times[before]!) / span : 0;
  return (before + within) / last;
}

/**
 * Where each phase boundary falls on the scrubber (scrubberPosition of the time it ended). A
 * boundary outside the points' time span is left out.
 *
 * @example phaseMarkers([{ at: '…T09:00Z' }, { at: '…T09:10Z' }], [{ phase: 0, endedAt: '…T09:05Z' }]) // [{ phase: 0, position: 0.5 }]
 */
export function phaseMarkers(points: ReadonlyArray<Pick<TimelinePoint, 'at'>>, phases: TimelineResponse['phases']): Array<{ phase: number; position: number }> {
  const times = points.map((p) => Date.parse(p.at));
  return phases.flatMap(({ phase, endedAt }) => {
    const position = scrubberPosition(times, Date.parse(endedAt));
    return position === null ? [] : [{ phase, position }];
  });
}

/**
 * Where each what-if drill started, on the scrubber (a drill before or after the points' span has no mark).
 *
 * @example drillMarkers([{ at: '…T09:00Z' }, { at: '…T09:10Z' }], [{ preset: 'traffic-x3', startedAt: '…T09:05Z', endedAt: null }]) // [{ preset: 'traffic-x3', position: 0.5 }]
 */
export function drillMarkers(points: ReadonlyArray<Pick<TimelinePoint, 'at'>>, drills: TimelineResponse['drills']): Array<{ preset: DrillPreset; position: number }> {
  const times = points.map((p) => Date.parse(p.at));
  return drills.flatMap(({ preset, startedAt }) => {
    const position = scrubberPosition(times, Date.parse(startedAt));
    return position === null ? [] : [{ preset, position }];
  });
}

/**
 * Where the owner saved notes, on the scrubber: one tick per revision inside the points' time span.
 *
 * @example noteMarkers([{ at: '…T09:00Z' }, { at: '…T09:10Z' }], [{ at: '…T09:05Z' }]) // [0.5]
 */
export function noteMarkers(points: ReadonlyArray<Pick<TimelinePoint, 'at'>>, revisions: ReadonlyArray<Pick<NoteRevision, 'at'>>): number[] {
  const times = points.map((p) => Date.parse(p.at));
  return revisions.flatMap(({ at }) => {
    const position = scrubberPosition(times, Date.parse(at));
    return position === null ? [] : [position];
  });
}

/**
 * The notes as they were at `time`: the latest revision saved at or before it (revisions oldest
 * first), or null when none had been saved yet.
 *
 * @example revisionAt([{ at: '…T09:00Z', … }, { at: '…T09:05Z', … }], Date.parse('…T09:03Z')) // the first
 */
export function revisionAt<R extends Pick<NoteRevision, 'at'>>(revisions: readonly R[], time: number): R | null {
  let found: R | null = null;
  for (const revision of revisions) {
    if (Date.parse(revision.at) > time) break;
    found = revision;
  }
  return found;
}

/**
 * The findings counts as an SVG polyline's points in a `width` × `height` box: one point per
 * version, evenly spaced like the scrubber's steps, 0 findings at the bottom.
 *
 * @example sparklinePoints([0, 2, 1], 100, 20) // '0,20 50,0 100,10'
 */
export function sparklinePoints(counts: readonly number[], width: number, height: number): string {
  const most = Math.max(1, ...counts);
  const step = counts.length > 1 ? width / (counts.length - 1) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return counts.map((count, i) => `${round(i * step)},${round(height - (count / most) * height)}`).join(' ');
}
