import { groupChain, isGroupKind, type Board, type BoardEdge, type BoardNode, type BoardSketch } from '@scaleboard/rules';
import { absolutePosition } from './absolutePosition';
import { sketchBounds, type BoxOf } from './sketchGeometry';
import { wrapText } from './textMetrics';

/** Sizes of a node without its own: the web canvas reads them too (apps/web/src/board/canvas/sizeOf.ts). */
export const COMPONENT_BOX = { width: 176, height: 56 } as const;
export const GROUP_BOX = { width: 420, height: 280 } as const;
export const NOTE_BOX = { width: 200, minHeight: 96, fontSize: 13.5, lineHeight: 20, padding: 14, maxLines: 12 } as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode {
  node: BoardNode;
  /** Absolute position on the board (groups' children are stored relative to their group). */
  box: Box;
  depth: number;
  /** Wrapped text lines, for notes. */
  lines?: string[];
}

export interface BoardLayout {
  /** Nodes in drawing order: outer groups first, then inner groups, then notes and components. */
  nodes: PlacedNode[];
  edges: BoardEdge[];
  /** Pen strokes and sketch shapes drawn, by id; drawn above the nodes. */
  sketches: BoardSketch[];
  /** The box of a drawn node, by id: where an attached arrow ends. */
  boxOf: BoxOf;
  /** The drawn area, in board coordinates, before padding. */
  bounds: Box;
}

/**
 * Places every node at its absolute position, keeping only `selection` (and what selected groups
 * contain, and the sketches it names) when one is given. Positions follow `groupChain`, as the canvas does: a dangling or
 * non-group `parent` ends the chain, a loop places the node at top level.
 *
 * @example boardLayout(board).bounds.width
 */
export function boardLayout(board: Board, selection?: Iterable<string>): BoardLayout {
  const byId = new Map(board.nodes.map((node) => [node.id, node]));
  const chains = new Map<string, BoardNode[]>();
  const chainOf = (node: BoardNode): BoardNode[] => {
    const known = chains.get(node.id);
    if (known) return known;
    const chain = groupChain(node, byId);
    chains.set(node.id, chain);
    return chain;
  };

  const chosen = selection === undefined ? undefined : new Set(selection);
  const included = (node: BoardNode) => !chosen || chosen.has(node.id) || chainOf(node).some((p) => chosen.has(p.id));

  const placed: PlacedNode[] = [];
  for (const node of board.nodes) {
    if (!included(node)) continue;
    const { x, y } = absolutePosition(node.id, byId);
    placed.push({ node, depth: chainOf(node).length, ...sized(node, x, y) });
  }
  const order = (a: PlacedNode, b: PlacedNode) =>
    Number(isGroupKind(b.node.kind)) - Number(isGroupKind(a.node.kind)) || a.depth - b.depth || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0);
  placed.sort(order);

  const ids = new Set(placed.map((p) => p.node.id));
  const edges = board.edges
    .filter((edge) => edge.from !== edge.to && ids.has(edge.from) && ids.has(edge.to))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const boxes = new Map(placed.map((p) => [p.node.id, p.box]));
  const boxOf: BoxOf = (id) => boxes.get(id);
  const sketches = (board.sketches ?? []).filter((sketch) => !chosen || chosen.has(sketch.id));
  const bounds = boxAround([...placed.map((p) => p.box), ...sketches.map((sketch) => sketchBounds(sketch, boxOf))]) ?? { x: 0, y: 0, width: 0, height: 0 };
  return { nodes: placed, edges, sketches, boxOf, bounds };
}

function sized(node: BoardNode, x: number, y: number): { box: Box; lines?: string[] } {
  if (isGroupKind(node.kind)) return { box: { x, y, width: node.width ?? GROUP_BOX.width, height: node.height ?? GROUP_BOX.height } };
  if (node.kind === 'note') {
    const width = node.width ?? NOTE_BOX.width;
    const lines = wrapText(node.label, width - 2 * NOTE_BOX.padding, NOTE_BOX.fontSize, NOTE_BOX.maxLines);
    const height = Math.max(node.height ?? NOTE_BOX.minHeight, 24 + lines.length * NOTE_BOX.lineHeight);
    return { box: { x, y, width, height }, lines };
  }
  return { box: { x, y, width: node.width ?? COMPONENT_BOX.width, height: node.height ?? COMPONENT_BOX.height } };
}

/**
 * The box around `boxes`; null for none. One walk for the exporter's layout and the web's
 * big-board picture and fitting.
 *
 * @example boxAround([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 5, width: 10, height: 10 }]) // { x: 0, y: 0, width: 30, height: 15 }
 */
export function boxAround(boxes: Iterable<Box>): Box | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return minX > maxX ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
