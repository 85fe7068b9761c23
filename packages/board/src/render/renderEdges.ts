import type { BoardEdge } from '@scaleboard/rules';
import type { Box } from './boardLayout';
import type { RenderPalette } from './renderTheme';
import { textWidth } from './textMetrics';
import { familyFor } from './textFamily';
import { escapeXml, num } from './xml';

/** Line styles by edge kind: sync solid, async dashed, replication dotted with arrows both ways. */
const DASH: Record<BoardEdge['kind'], string | undefined> = { sync: undefined, async: '8 6', replication: '1.5 5' };
const EDGE_FONT = 11.5;
/** The head's size: 7 long and 7 wide, its tip 0.7 past the line's end (the earlier marker's shape). */
const ARROW = { length: 7, halfWidth: 3.5, overshoot: 0.7 };
const LABEL_PLATE_HEIGHT = 20;

/**
 * An arrow head at `tip`, pointing along `direction` (a unit vector), drawn as its own triangle.
 * Not an SVG marker: resvg aborts its whole process on a marker that lies outside the picture it
 * draws, and the server draws big pictures in bands (apps/server/src/export/drawPng.ts).
 */
function arrowHead(tip: { x: number; y: number }, direction: { x: number; y: number }, fill: string): string {
  const back = { x: tip.x - direction.x * ARROW.length, y: tip.y - direction.y * ARROW.length };
  const side = { x: -direction.y * ARROW.halfWidth, y: direction.x * ARROW.halfWidth };
  const point = (p: { x: number; y: number }) => `${num(p.x)} ${num(p.y)}`;
  return `<path d="M${point(tip)}L${point({ x: back.x + side.x, y: back.y + side.y })}L${point({ x: back.x - side.x, y: back.y - side.y })}z" fill="${fill}"/>`;
}

/**
 * One edge as a straight line between the borders of its two boxes (the canvas's floating edges),
 * with its label on a small plate at the middle.
 */
export function renderEdge(edge: BoardEdge, from: Box, to: Box, palette: RenderPalette): string {
  const { start, end } = lineBetween(from, to);
  const dash = DASH[edge.kind];
  const attrs = [
    `x1="${num(start.x)}" y1="${num(start.y)}" x2="${num(end.x)}" y2="${num(end.y)}"`,
    `stroke="${palette.edge}" stroke-width="1.6" fill="none"`,
    dash ? `stroke-dasharray="${dash}" stroke-linecap="round"` : '',
  ].filter(Boolean);
  let out = `<g class="sb-edge" data-id="${escapeXml(edge.id)}" data-kind="${escapeXml(edge.kind)}"><line ${attrs.join(' ')}/>`;
  const length = Math.hypot(end.x - start.x, end.y - start.y);
  if (length > 0) {
    const along = { x: (end.x - start.x) / length, y: (end.y - start.y) / length };
    const past = (p: { x: number; y: number }, sign: number) => ({ x: p.x + sign * along.x * ARROW.overshoot, y: p.y + sign * along.y * ARROW.overshoot });
    out += arrowHead(past(end, 1), along, palette.edge);
    if (edge.kind === 'replication') out += arrowHead(past(start, -1), { x: -along.x, y: -along.y }, palette.edge);
  }
  if (edge.label) {
    const mx = (start.x + end.x) / 2;
    const my = (start.y + end.y) / 2;
    const width = textWidth(edge.label, EDGE_FONT) + 12;
    out += `<rect x="${num(mx - width / 2)}" y="${num(my - LABEL_PLATE_HEIGHT / 2)}" width="${num(width)}" height="${LABEL_PLATE_HEIGHT}" rx="6" fill="${palette.edgeLabelBg}" stroke="${palette.edge}" stroke-width="0.6"/>`;
    out += `<text x="${num(mx)}" y="${num(my + 4)}"${familyFor(edge.label)} text-anchor="middle" font-size="${EDGE_FONT}" fill="${palette.textMuted}">${escapeXml(edge.label)}</text>`;
  }
  return `${out}</g>`;
}

/** The rows an edge between these boxes draws on: its line, arrow heads and label plate. */
export function edgeExtent(from: Box, to: Box): { top: number; bottom: number } {
  const { start, end } = lineBetween(from, to);
  const reach = Math.max(ARROW.length + ARROW.overshoot, LABEL_PLATE_HEIGHT / 2);
  return { top: Math.min(start.y, end.y) - reach, bottom: Math.max(start.y, end.y) + reach };
}

/** Where an edge's line starts and ends: on the two borders, along the line between the centres. */
function lineBetween(from: Box, to: Box): { start: { x: number; y: number }; end: { x: number; y: number } } {
  return { start: borderPoint(from, centre(to)), end: borderPoint(to, centre(from)) };
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the line from the box's centre towards `target` leaves the box. */
function borderPoint(box: Box, target: { x: number; y: number }): { x: number; y: number } {
  const c = centre(box);
  const dx = target.x - c.x;
  const dy = target.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}
