import { useEffect, useMemo, useState } from 'react';
import { playbackSchedule, type ReplaySpeed } from './replayTimeline';

export interface ReplayPlayback {
  /** The point shown. */
  index: number;
  playing: boolean;
  speed: ReplaySpeed;
  /** Plays from here, or from the start once at the end; pauses when playing. */
  toggle: () => void;
  /** Shows point `index` (clamped); playback, if on, goes on from there. */
  seek: (index: number) => void;
  setSpeed: (speed: ReplaySpeed) => void;
}

/**
 * The replay's clock over points stored at `times` (ms): while playing, each point stays for its
 * share of playbackSchedule at the chosen speed, and only once `frameShown` says its picture is
 * up — a slow picture holds the clock instead of being skipped. Stops on the last point.
 */
export function useReplayPlayback(times: readonly number[], frameShown: boolean): ReplayPlayback {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(1);
  const last = Math.max(0, times.length - 1);
  const schedule = useMemo(() => playbackSchedule(times, speed), [times, speed]);

  useEffect(() => {
    if (!playing || !frameShown) return;
    if (index >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setIndex(index + 1), schedule[index + 1]! - schedule[index]!);
    return () => clearTimeout(timer);
  }, [playing, frameShown, index, last, schedule]);

  return {
    index: Math.min(index, last),
    playing,
    speed,
    toggle: () => {
      if (!playing && index >= last) setIndex(0);
      setPlaying(!playing);
    },
    seek: (to) => setIndex(Math.max(0, Math.min(last, Math.round(to)))),
    setSpeed,
  };
}
