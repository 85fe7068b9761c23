/** A viewport as published in awareness: xyflow's transform plus the size of the pane. */
export interface SharedViewport {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/**
 * The transform that shows, in a pane of `width`×`height`, the same centre and zoom as the
 * leader's viewport: screens of different sizes see the same middle of the board.
 *
 * @example followViewport({ x: 0, y: 0, zoom: 1, width: 800, height: 600 }, 400, 300) // { x: -200, y: -150, zoom: 1 }
 */
export function followViewport(leader: SharedViewport, width: number, height: number): { x: number; y: number; zoom: number } {
  const centreX = (leader.width / 2 - leader.x) / leader.zoom;
  const centreY = (leader.height / 2 - leader.y) / leader.zoom;
  return { x: width / 2 - centreX * leader.zoom, y: height / 2 - centreY * leader.zoom, zoom: leader.zoom };
}

/** Reads a peer's `viewport` awareness field defensively. */
export function readViewport(raw: unknown): SharedViewport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const v = raw as Record<string, unknown>;
  const fields = ['x', 'y', 'zoom', 'width', 'height'] as const;
  if (!fields.every((f) => typeof v[f] === 'number' && Number.isFinite(v[f]))) return null;
  const viewport = v as unknown as SharedViewport;
  return viewport.zoom > 0 && viewport.width > 0 && viewport.height > 0 ? viewport : null;
}
