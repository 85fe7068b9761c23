import type { BoardEdge } from '@scaleboard/rules';
import type { Box } from './boardLayout';
import type { RenderPalette } from './renderTheme';
import { textWidth } from './textMetrics';
import { escapeXml, num } from './xml';

/** Line styles by edge kind: sync solid, async dashed, replication dotted with arrows both ways. */
const DASH: Record<BoardEdge['kind'], string | undefined> = { sync: undefined, async: '8 6', replication: '1.5 5' };
const EDGE_FONT = 11.5;

/** Arrow heads, defined once per picture. */
export function edgeMarkers(palette: RenderPalette): string {
  const head = (id: string, path: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="${id === 'sb-arrow-end' ? 9 : 1}" refY="5" markerWidth="7" markerHeight="7" orient="auto" markerUnits="userSpaceOnUse"><path d="${path}" fill="${palette.edge}"/></marker>`;
  return head('sb-arrow-end', 'M0 0L10 5L0 10z') + head('sb-arrow-start', 'M10 0L0 5L10 10z');
}

/**
 * One edge as a straight line between the borders of its two boxes (the canvas's floating edges),
 * with its label on a small plate at the middle.
 */
export function renderEdge(edge: BoardEdge, from: Box, to: Box, palette: RenderPalette): string {
  const a = centre(from);
  const b = centre(to);
  const start = borderPoint(from, b);
  const end = borderPoint(to, a);
  const dash = DASH[edge.kind];
  const attrs = [
    `x1="${num(start.x)}" y1="${num(start.y)}" x2="${num(end.x)}" y2="${num(end.y)}"`,
    `stroke="${palette.edge}" stroke-width="1.6" fill="none"`,
    dash ? `stroke-dasharray="${dash}" stroke-linecap="round"` : '',
    'marker-end="url(#sb-arrow-end)"',
    edge.kind === 'replication' ? 'marker-start="url(#sb-arrow-start)"' : '',
  ].filter(Boolean);
  let out = `<g class="sb-edge" data-id="${escapeXml(edge.id)}" data-kind="${edge.kind}"><line ${attrs.join(' ')}/>`;
  if (edge.label) {
    const mx = (start.x + end.x) / 2;
    const my = (start.y + end.y) / 2;
    const width = textWidth(edge.label, EDGE_FONT) + 12;
    out += `<rect x="${num(mx - width / 2)}" y="${num(my - 10)}" width="${num(width)}" height="20" rx="6" fill="${palette.edgeLabelBg}" stroke="${palette.edge}" stroke-width="0.6"/>`;
    out += `<text x="${num(mx)}" y="${num(my + 4)}" text-anchor="middle" font-size="${EDGE_FONT}" fill="${palette.textMuted}">${escapeXml(edge.label)}</text>`;
  }
  return `${out}</g>`;
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
