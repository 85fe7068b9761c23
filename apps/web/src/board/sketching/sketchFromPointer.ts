import { SKETCH_LIMITS, type BoardSketch, type SketchShape } from '@scaleboard/rules';

type Point = { x: number; y: number };

/**
 * A pen stroke from the board points the pointer passed: the origin at the top-left of their box,
 * every point whole and relative to it (what the contract asks), a point that repeats the one
 * before left out, and a path longer than MAX_STROKE_POINTS thinned evenly, keeping its ends.
 * Linear in the points given. Undefined for no points.
 *
 * @example penStroke('s1', [{ x: 10.4, y: 5 }, { x: 12, y: 9.6 }]) // { id: 's1', shape: 'stroke', x: 10, y: 5, points: [0, 0, 2, 5] }
 */
export function penStroke(id: string, path: readonly Point[]): BoardSketch | undefined {
  const whole: Array<[number, number]> = [];
  for (const { x, y } of path) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = whole[whole.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) whole.push(point);
  }
  if (whole.length === 0) return undefined;
  const kept = thinned(whole, SKETCH_LIMITS.MAX_STROKE_POINTS);
  const x = Math.min(...kept.map(([px]) => px));
  const y = Math.min(...kept.map(([, py]) => py));
  return { id, shape: 'stroke', x, y, points: kept.flatMap(([px, py]) => [clampExtent(px - x), clampExtent(py - y)]) };
}

/**
 * A rectangle, an ellipse or an arrow from where the drag started to where it ended; an arrow's
 * ends name the components they were dropped on.
 *
 * @example shapeSketch('r1', 'rectangle', { x: 0, y: 0 }, { x: 80, y: 40 }) // { …, x: 0, y: 0, points: [0, 0, 80, 40] }
 */
export function shapeSketch(id: string, shape: Exclude<SketchShape, 'stroke'>, start: Point, end: Point, attached: { from?: string; to?: string } = {}): BoardSketch {
  const [x, y] = [Math.round(start.x), Math.round(start.y)];
  return {
    id,
    shape,
    x,
    y,
    points: [0, 0, clampExtent(Math.round(end.x) - x), clampExtent(Math.round(end.y) - y)],
    ...(shape === 'arrow' && attached.from ? { from: attached.from } : {}),
    ...(shape === 'arrow' && attached.to ? { to: attached.to } : {}),
  };
}

/** At most `limit` points, spread evenly along the path, the first and last always kept. */
function thinned<T>(points: readonly T[], limit: number): T[] {
  if (points.length <= limit) return [...points];
  const step = (points.length - 1) / (limit - 1);
  return Array.from({ length: limit }, (_, i) => points[Math.round(i * step)]!);
}

function clampExtent(value: number): number {
  return Math.max(-SKETCH_LIMITS.MAX_SKETCH_EXTENT, Math.min(SKETCH_LIMITS.MAX_SKETCH_EXTENT, value));
}
