import { Position } from '@xyflow/react';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Anchor {
  x: number;
  y: number;
  position: Position;
}

/** Where the line from the centre of `rect` towards `toward` leaves the rectangle. */
export function borderPoint(rect: Rect, toward: { x: number; y: number }): Anchor {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: rect.y + rect.height, position: Position.Bottom };
  const scale = Math.min(dx === 0 ? Infinity : rect.width / 2 / Math.abs(dx), dy === 0 ? Infinity : rect.height / 2 / Math.abs(dy));
  const x = cx + dx * scale;
  const y = cy + dy * scale;
  const horizontal = Math.abs(dx) * rect.height > Math.abs(dy) * rect.width;
  const position = horizontal ? (dx > 0 ? Position.Right : Position.Left) : dy > 0 ? Position.Bottom : Position.Top;
  return { x, y, position };
}

/**
 * A floating edge: both ends sit on the node borders, on the line between the two centres, so
 * edges never need fixed handles and stay tidy whichever way nodes are moved.
 */
export function floatingEdgeEnds(source: Rect, target: Rect): { source: Anchor; target: Anchor } {
  const sc = { x: source.x + source.width / 2, y: source.y + source.height / 2 };
  const tc = { x: target.x + target.width / 2, y: target.y + target.height / 2 };
  return { source: borderPoint(source, tc), target: borderPoint(target, sc) };
}
