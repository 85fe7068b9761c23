/**
 * Most frames a replay GIF holds. A 45-minute interview leaves a couple of thousand versions; 120
 * frames (a minute at 2 fps) show how the board grew while keeping the drawing to tens of seconds
 * in the export process and the file to a few MB (docs/BENCHMARKS.md).
 */
export const MAX_REPLAY_FRAMES = 120;

/**
 * Up to `max` of `versions` (oldest first), evenly spread over the list: the first and the last
 * always, each other frame the version nearest its share of the way.
 *
 * @example sampleVersions([1, 2, 3, 4, 5], 3) // [1, 3, 5]
 */
export function sampleVersions<T>(versions: readonly T[], max = MAX_REPLAY_FRAMES): T[] {
  if (max < 2) throw new Error('a replay needs room for its first and last frame');
  if (versions.length <= max) return [...versions];
  return Array.from({ length: max }, (_, i) => versions[Math.round((i * (versions.length - 1)) / (max - 1))]!);
}

/**
 * The clock of a frame: minutes and seconds since the replay's first version, `mm:ss` (minutes
 * go past 59 rather than wrap).
 *
 * @example replayClock(125_400) // '02:05'
 */
export function replayClock(elapsedMs: number): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
