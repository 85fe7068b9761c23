import { absolutePosition } from '@scaleboard/board';
import { groupChain, isGroupKind, type BoardNode } from '@scaleboard/rules';
import type { Size } from './flowTypes';

interface Point {
  x: number;
  y: number;
}

/** True when `id` is `ancestor` itself or is drawn somewhere inside it (`groupChain`). */
export function isInside(id: string, ancestor: string, byId: ReadonlyMap<string, BoardNode>): boolean {
  const node = byId.get(id);
  return id === ancestor || (node !== undefined && groupChain(node, byId).some((group) => group.id === ancestor));
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
