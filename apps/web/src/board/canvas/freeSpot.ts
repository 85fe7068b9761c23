import type { Rect } from './floatingEdge';

/**
 * The free spot nearest to `centre` for a box of `size`: tries a grid of slots ring by ring
 * around the centre and returns the first whose box (plus a gap) overlaps nothing in `taken`.
 */
export function freeSpot(centre: { x: number; y: number }, size: { width: number; height: number }, taken: readonly Rect[], gap = 32) {
  const stepX = size.width + gap;
  const stepY = size.height + gap;
  const fits = (cx: number, cy: number) => {
    const box = { x: cx - size.width / 2 - gap / 2, y: cy - size.height / 2 - gap / 2, width: size.width + gap, height: size.height + gap };
    return !taken.some((r) => box.x < r.x + r.width && box.x + box.width > r.x && box.y < r.y + r.height && box.y + box.height > r.y);
  };
  for (let ring = 0; ring <= 8; ring += 1) {
    const slots: Array<[number, number]> = [];
    for (let dy = -ring; dy <= ring; dy += 1)
      for (let dx = -ring; dx <= ring; dx += 1) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) slots.push([dx, dy]);
    slots.sort((a, b) => Math.hypot(a[0] * stepX, a[1] * stepY) - Math.hypot(b[0] * stepX, b[1] * stepY));
    for (const [dx, dy] of slots) {
      const x = centre.x + dx * stepX;
      const y = centre.y + dy * stepY;
      if (fits(x, y)) return { x, y };
    }
  }
  return centre;
}
