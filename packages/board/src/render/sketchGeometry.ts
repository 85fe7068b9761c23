import { getStroke } from 'perfect-freehand';
import type { BoardSketch } from '@scaleboard/rules';
import type { Box } from './boardLayout';
import { num } from './xml';

// How a sketch looks, as SVG path data: the one geometry behind the canvas (which draws these
// paths in its own elements) and the exports (renderSketches). A pen stroke is the outline
// perfect-freehand draws around its points, with pressure simulated from the pen's speed, so
// the width varies as with a real pen; shapes are plain lines of SKETCH_LINE_WIDTH.

/** The pen's width in board units: perfect-freehand's `size`. */
export const PEN_SIZE = 6;
/** The width of a rectangle's, an ellipse's or an arrow's line. */
export const SKETCH_LINE_WIDTH = 2;
/** How far a sketch's drawing reaches beyond its points (half the pen, an arrowhead's wing). */
export const SKETCH_MARGIN = 12;
const ARROW_HEAD = 14;

/** What to draw: `fill` is filled (a pen stroke's outline, an arrowhead), `line` is stroked. */
export interface SketchPaths {
  fill?: string;
  line?: string;
}

/** Where an attached arrow's components are: their boxes on the board, when drawn. */
export type BoxOf = (nodeId: string) => Box | undefined;
type Point = readonly [number, number];

/**
 * A sketch's points on the board (its relative points plus its origin), with an arrow's attached
 * ends moved onto the border of their components' boxes.
 *
 * @example sketchPoints({ id: 's', shape: 'stroke', x: 10, y: 10, points: [0, 0, 5, 5] }) // [[10, 10], [15, 15]]
 */
export function sketchPoints(sketch: BoardSketch, boxOf: BoxOf = () => undefined): Point[] {
  const points: Point[] = [];
  for (let i = 0; i + 1 < sketch.points.length; i += 2) points.push([sketch.x + sketch.points[i]!, sketch.y + sketch.points[i + 1]!]);
  if (sketch.shape !== 'arrow' || points.length !== 2) return points;
  const fromBox = sketch.from === undefined ? undefined : boxOf(sketch.from);
  const toBox = sketch.to === undefined ? undefined : boxOf(sketch.to);
  // An attached end aims from its component's centre at the other end (itself attached or not).
  let [start, end] = points as [Point, Point];
  if (fromBox) start = centreOf(fromBox);
  if (toBox) end = centreOf(toBox);
  return [fromBox ? borderPoint(fromBox, end) : start, toBox ? borderPoint(toBox, start) : end];
}

/**
 * The smallest box around what a sketch draws, its margin included.
 *
 * @example sketchBounds(stroke).width
 */
export function sketchBounds(sketch: BoardSketch, boxOf?: BoxOf): Box {
  const points = sketchPoints(sketch, boxOf);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { x: minX - SKETCH_MARGIN, y: minY - SKETCH_MARGIN, width: maxX - minX + 2 * SKETCH_MARGIN, height: maxY - minY + 2 * SKETCH_MARGIN };
}

/**
 * The SVG path data that draws a sketch, in board coordinates less `offset` (the canvas draws a
 * sketch inside its own box).
 *
 * @example sketchPaths(stroke).fill // 'M10.5 12 Q…Z'
 */
export function sketchPaths(sketch: BoardSketch, boxOf?: BoxOf, offset: { x: number; y: number } = { x: 0, y: 0 }): SketchPaths {
  const points = sketchPoints(sketch, boxOf).map(([x, y]) => [x - offset.x, y - offset.y] as const);
  switch (sketch.shape) {
    case 'stroke':
      return { fill: outlinePath(getStroke(points.map(([x, y]) => [x, y]), { size: PEN_SIZE, thinning: 0.6, smoothing: 0.5, streamline: 0.5, simulatePressure: true, last: true })) };
    case 'rectangle': {
      const [[x1, y1], [x2, y2]] = points as [Point, Point];
      return { line: `M${num(x1)} ${num(y1)}H${num(x2)}V${num(y2)}H${num(x1)}Z` };
    }
    case 'ellipse': {
      const [[x1, y1], [x2, y2]] = points as [Point, Point];
      const [rx, ry] = [Math.abs(x2 - x1) / 2, Math.abs(y2 - y1) / 2];
      const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
      const arc = `A${num(rx)} ${num(ry)} 0 1 0`;
      return { line: `M${num(cx - rx)} ${num(cy)}${arc} ${num(cx + rx)} ${num(cy)}${arc} ${num(cx - rx)} ${num(cy)}Z` };
    }
    case 'arrow': {
      const [[x1, y1], [x2, y2]] = points as [Point, Point];
      const angle = Math.atan2(y2 - y1, x2 - x1);
      const wing = (turn: number) => `${num(x2 - ARROW_HEAD * Math.cos(angle + turn))} ${num(y2 - ARROW_HEAD * Math.sin(angle + turn))}`;
      return { line: `M${num(x1)} ${num(y1)}L${num(x2)} ${num(y2)}`, fill: `M${num(x2)} ${num(y2)}L${wing(0.45)}L${wing(-0.45)}Z` };
    }
  }
}

/** perfect-freehand's outline polygon as a smooth closed path: quadratic curves through the midpoints. */
function outlinePath(outline: ReadonlyArray<readonly number[]>): string {
  if (outline.length === 0) return '';
  const parts = [`M${num(outline[0]![0]!)} ${num(outline[0]![1]!)}Q`];
  for (let i = 0; i < outline.length; i += 1) {
    const [x0, y0] = outline[i]!;
    const [x1, y1] = outline[(i + 1) % outline.length]!;
    parts.push(`${num(x0!)} ${num(y0!)} ${num((x0! + x1!) / 2)} ${num((y0! + y1!) / 2)} `);
  }
  parts.push('Z');
  return parts.join('');
}

function centreOf(box: Box): Point {
  return [box.x + box.width / 2, box.y + box.height / 2];
}

/** Where the line from a box's centre towards `toward` leaves the box. */
function borderPoint(box: Box, toward: Point): Point {
  const [cx, cy] = centreOf(box);
  const [dx, dy] = [toward[0] - cx, toward[1] - cy];
  if (dx === 0 && dy === 0) return [cx, cy];
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return scale >= 1 ? toward : [cx + dx * scale, cy + dy * scale];
}
