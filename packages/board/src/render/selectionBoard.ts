import type { Board, BoardNode } from '@scaleboard/rules';
import type { BoardLayout } from './boardLayout';

/**
 * The board a picture shows: every node and edge it draws, so importing the picture restores
 * exactly that. A node whose group was left out keeps its absolute position and loses `parent`.
 *
 * @example selectionBoard(board, boardLayout(board, ['lb']))
 */
export function selectionBoard(board: Board, layout: BoardLayout): Board {
  const drawn = new Set(layout.nodes.map((p) => p.node.id));
  if (drawn.size === board.nodes.length && layout.edges.length === board.edges.length) return board;
  const placed = new Map(layout.nodes.map((p) => [p.node.id, p]));
  const nodes: BoardNode[] = [];
  for (const node of board.nodes) {
    const p = placed.get(node.id);
    if (!p) continue;
    if (node.parent !== undefined && drawn.has(node.parent)) nodes.push(node);
    else {
      const { parent: _parent, ...rest } = node;
      nodes.push({ ...rest, x: p.box.x, y: p.box.y });
    }
  }
  const edgeIds = new Set(layout.edges.map((e) => e.id));
  return { ...board, nodes, edges: board.edges.filter((e) => edgeIds.has(e.id)) };
}
