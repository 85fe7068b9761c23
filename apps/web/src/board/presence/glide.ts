import { MAX_GLIDE_MS, POINTER_SEND_INTERVAL_MS } from './pointerWire';

export interface Point {
  x: number;
  y: number;
}

/** A received pointer moving, in a straight line at a steady speed, from where it was shown to its newest position. */
export interface Glide {
  from: Point;
  to: Point;
  /** When `to` arrived (performance.now()). */
  start: number;
  duration: number;
}

/**
 * The glide after a peer's newest position arrived at `now`. It starts where the pointer is shown
 * now and takes as long as the peer took between its last two positions, so a pointer sent at a
 * steady rate moves at the peer's own speed, one interval behind, without stopping between
 * updates. Never shorter than the send interval (two updates the network delivered together still
 * glide) nor longer than MAX_GLIDE_MS. A pointer seen for the first time appears where it is.
 *
 * @example let glide = glideTo(undefined, { x: 0, y: 0 }, 0); glide = glideTo(glide, { x: 10, y: 0 }, 60);
 * glidePosition(glide, 90); // { x: 5, y: 0 }
 */
export function glideTo(current: Glide | undefined, to: Point, now: number): Glide {
  if (!current) return { from: to, to, start: now, duration: 0 };
  const duration = Math.min(Math.max(now - current.start, POINTER_SEND_INTERVAL_MS), MAX_GLIDE_MS);
  return { from: glidePosition(current, now), to, start: now, duration };
}

/** Where a gliding pointer is shown at `now`. */
export function glidePosition(glide: Glide, now: number): Point {
  const progress = glide.duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - glide.start) / glide.duration));
  return { x: glide.from.x + (glide.to.x - glide.from.x) * progress, y: glide.from.y + (glide.to.y - glide.from.y) * progress };
}

/** True once the pointer has arrived: no more frames needed until the next position. */
export function glideDone(glide: Glide, now: number): boolean {
  return now >= glide.start + glide.duration;
}
