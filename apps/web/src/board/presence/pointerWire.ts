/** How pointers (cursor, laser) travel between browsers: how often, and how precisely. */

/**
 * How often a browser tells the others where its pointer is (cursor and laser): at most every
 * 50 ms, 20 times a second. Each send is an awareness update every peer on the board receives, so
 * with 30 people a pointer sent on every frame (60 Hz) would be 1,800 messages a second into each
 * browser; 20 Hz is a third of that and, glided on arrival (glide.ts), looks just as smooth.
 */
export const POINTER_SEND_INTERVAL_MS = 50;

/**
 * The longest a received pointer takes to glide to its next position: a pointer that rested and
 * then jumped still moves there within about seven frames, never lagging far behind its owner.
 */
export const MAX_GLIDE_MS = 120;

/**
 * A board point as it goes out: to a tenth of a unit, which no zoom shows (at the largest, 250 %,
 * it is a quarter of a pixel), and never snapped to the grid — a pointer is wherever the hand is.
 *
 * @example toWire({ x: 12.3456, y: -0.04 }) // { x: 12.3, y: -0 }
 */
export function toWire(point: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 };
}
