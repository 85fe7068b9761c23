import { isGroupKind, type BoardNode } from '@scaleboard/rules';
import type { Size } from './flowTypes';

interface Point {
  x: number;
  y: number;
}

/** Position of a node on the canvas: its own x/y plus every ancestor's (x/y are parent-relative). */
export function absolutePosition(id: string, byId: ReadonlyMap<string, BoardNode>): Point {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  for (let node = byId.get(id); node && !seen.has(node.id); node = node.parent ? byId.get(node.parent) : undefined) {
    seen.add(node.id);
    x += node.x;
    y += node.y;
  }
  return { x, y };
}

/** True when `id` is `ancestor` itself or sits somewhere inside it. */
export function isInside(id: string, ancestor: string, byId: ReadonlyMap<string, BoardNode>): boolean {
  const seen = new Set<string>();
  for (let node = byId.get(id); node && !seen.has(node.id); node = node.parent ? byId.get(node.parent) : undefined) {
    if (node.id === ancestor) return true;
    seen.add(node.id);
  }
  return false;
}

/**
 * The innermost group whose area contains `point` (canvas coordinates), skipping `moving` and
 * everything inside it (a group cannot be dropped into itself). Smallest area wins.
 */
export function groupAt(
  point: Point,
  nodes: readonly BoardNode[],
  sizeOf: (node: BoardNode) => Size,
  moving?: string,
): string | undefined {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let best: { id: string; area: number } | undefined;
  for (const node of nodes) {
    if (!isGroupKind(node.kind)) continue;
    if (moving !== undefined && isInside(node.id, moving, byId)) continue;
    const origin = absolutePosition(node.id, byId);
    const { width, height } = sizeOf(node);
    const inside = point.x >= origin.x && point.x <= origin.x + width && point.y >= origin.y && point.y <= origin.y + height;
    if (inside && (!best || width * height < best.area)) best = { id: node.id, area: width * height };
  }
  return best?.id;
}

/**
 * Moves a node into `parent` (or to the top level) without moving it on screen: converts its
 * position to be relative to the new parent. Returns the fields to write.
 */
export function reparent(
  id: string,
  parent: string | undefined,
  byId: ReadonlyMap<string, BoardNode>,
): { x: number; y: number; parent: string | undefined } {
  const here = absolutePosition(id, byId);
  const origin = parent ? absolutePosition(parent, byId) : { x: 0, y: 0 };
  return { x: here.x - origin.x, y: here.y - origin.y, parent };
}
