import { groupChain, type BoardNode } from '@scaleboard/rules';

/**
 * Where a node sits on the board: its own x/y (stored relative to its group) plus those of the
 * groups it is drawn in (`groupChain`), so the export, the canvas and a drop agree. An unknown
 * id is at the origin.
 *
 * @example absolutePosition('db', new Map(board.nodes.map((n) => [n.id, n]))) // { x: 160, y: 170 }
 */
export function absolutePosition(id: string, byId: ReadonlyMap<string, BoardNode>): { x: number; y: number } {
  const node = byId.get(id);
  if (!node) return { x: 0, y: 0 };
  let { x, y } = node;
  for (const group of groupChain(node, byId)) {
    x += group.x;
    y += group.y;
  }
  return { x, y };
}
