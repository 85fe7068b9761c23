import type { Board, BoardNode } from '@scaleboard/rules';
import type { BoardLayout } from './boardLayout';

/**
 * The board a picture shows: every node, edge and sketch it draws, so importing the picture restores
 * exactly that. A node whose group was left out keeps its absolute position and loses `parent`.
 *
 * @example selectionBoard(board, boardLayout(board, ['lb']))
 */
export function selectionBoard(board: Board, layout: BoardLayout): Board {
  const drawn = new Set(layout.nodes.map((p) => p.node.id));
  const sketchCount = board.sketches?.length ?? 0;
  if (drawn.size === board.nodes.length && layout.edges.length === board.edges.length && layout.sketches.length === sketchCount) return board;
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
  // An arrow attached to a component left out keeps its stored end: the attachment goes with it.
  const sketches = layout.sketches.map(({ from, to, ...sketch }) => ({
    ...sketch,
    ...(from !== undefined && drawn.has(from) ? { from } : {}),
    ...(to !== undefined && drawn.has(to) ? { to } : {}),
  }));
  const { sketches: _all, ...rest } = board;
  return { ...rest, nodes, edges: board.edges.filter((e) => edgeIds.has(e.id)), ...(sketches.length > 0 ? { sketches } : {}) };
}
