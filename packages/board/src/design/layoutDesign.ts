import dagre from '@dagrejs/dagre';
import { isGroupKind } from '@scaleboard/rules';
import { COMPONENT_BOX, GROUP_BOX, NOTE_BOX, type Box } from '../render/boardLayout';
import type { DesignEdge, DesignNode } from './design';

/** Which way the flow goes: Mermaid's directions (TD is TB). */
export type LayoutDirection = 'TB' | 'BT' | 'LR' | 'RL';

/** Room around a group's members, and above them for its name. */
export const GROUP_PADDING = 28;
export const GROUP_TITLE = 36;
/** Past this many nodes the layered layout's cost grows too fast for a request: a grid instead. */
export const MAX_LAYERED_NODES = 120;
const GRID_GAP = { x: 80, y: 60 };

/** A node's place: x and y relative to its group, as the board file keeps them; size for groups. */
export interface Placement {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export function sizeOf(node: Pick<DesignNode, 'kind'>): { width: number; height: number } {
  if (isGroupKind(node.kind)) return { width: GROUP_BOX.width / 2, height: GROUP_BOX.height / 2 };
  if (node.kind === 'note') return { width: NOTE_BOX.width, height: NOTE_BOX.minHeight };
  return { ...COMPONENT_BOX };
}

/**
 * Places a design's nodes with a layered layout (dagre: ranks along the flow, few crossings), then
 * draws each group around its members, innermost first, with room for its name. Edges to or from
 * a group take no part in the layout (dagre lays out edges between leaves). Larger designs than
 * MAX_LAYERED_NODES, and the few dagre cannot lay out, are placed in a grid, in the order written.
 * Never throws. Parents must form no cycle.
 *
 * @example layoutDesign(design.nodes, design.edges, 'LR').get('lb') // { x: 0, y: 40 }
 */
export function layoutDesign(nodes: readonly DesignNode[], edges: readonly DesignEdge[], direction: LayoutDirection = 'LR'): Map<string, Placement> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const hasMembers = new Set(nodes.flatMap((node) => (node.parent !== undefined && byId.has(node.parent) ? [node.parent] : [])));
  const leaves = nodes.filter((node) => !hasMembers.has(node.id));
  const absolute = (nodes.length <= MAX_LAYERED_NODES && layeredBoxes(nodes, leaves, edges, hasMembers, direction)) || gridBoxes(leaves);
  wrapGroups(nodes, byId, hasMembers, absolute);
  const placements = new Map<string, Placement>();
  for (const node of nodes) {
    const box = absolute.get(node.id)!;
    const parent = node.parent === undefined ? undefined : absolute.get(node.parent);
    const placement: Placement = { x: Math.round(box.x - (parent?.x ?? 0)), y: Math.round(box.y - (parent?.y ?? 0)) };
    if (isGroupKind(node.kind)) Object.assign(placement, { width: Math.round(box.width), height: Math.round(box.height) });
    placements.set(node.id, placement);
  }
  return placements;
}

function layeredBoxes(
  nodes: readonly DesignNode[],
  leaves: readonly DesignNode[],
  edges: readonly DesignEdge[],
  hasMembers: ReadonlySet<string>,
  direction: LayoutDirection,
): Map<string, Box> | null {
  const graph = new dagre.graphlib.Graph({ compound: true, multigraph: true });
  graph.setGraph({ rankdir: direction, nodesep: 48, ranksep: 96, marginx: 0, marginy: 0, ranker: 'tight-tree' });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, hasMembers.has(node.id) ? {} : sizeOf(node));
  for (const node of nodes) if (node.parent !== undefined && graph.hasNode(node.parent)) graph.setParent(node.id, node.parent);
  for (const edge of edges) {
    if (hasMembers.has(edge.from) || hasMembers.has(edge.to) || !graph.hasNode(edge.from) || !graph.hasNode(edge.to)) continue;
    graph.setEdge(edge.from, edge.to, {}, edge.id);
  }
  try {
    dagre.layout(graph);
  } catch {
    // dagre 3.1.3 throws on some graphs with groups while routing edges ("Not possible to find
    // intersection inside of the rectangle"); the places are what matters, so a grid it is.
    return null;
  }
  const boxes = new Map<string, Box>();
  for (const node of leaves) {
    const { x, y, width, height } = graph.node(node.id) as { x: number; y: number; width: number; height: number };
    boxes.set(node.id, { x: x - width / 2, y: y - height / 2, width, height });
  }
  return boxes;
}

function gridBoxes(written: readonly DesignNode[]): Map<string, Box> {
  // Members of one group side by side, so the boxes drawn around groups overlap less.
  const leaves = [...written].sort((a, b) => (a.parent ?? '').localeCompare(b.parent ?? ''));
  const columns = Math.max(1, Math.ceil(Math.sqrt(leaves.length)));
  const cell = { width: Math.max(COMPONENT_BOX.width, NOTE_BOX.width, GROUP_BOX.width / 2) + GRID_GAP.x, height: GROUP_BOX.height / 2 + GRID_GAP.y };
  return new Map(
    leaves.map((node, i) => [node.id, { x: (i % columns) * cell.width, y: Math.floor(i / columns) * cell.height, ...sizeOf(node) }]),
  );
}

/** Each group with members gets the box around them, innermost groups first (deepest chain first). */
function wrapGroups(nodes: readonly DesignNode[], byId: ReadonlyMap<string, DesignNode>, hasMembers: ReadonlySet<string>, boxes: Map<string, Box>): void {
  const depthOf = (node: DesignNode): number => {
    let depth = 0;
    for (let parent = node.parent; parent !== undefined && depth <= nodes.length; parent = byId.get(parent)?.parent) depth++;
    return depth;
  };
  const groups = nodes.filter((node) => hasMembers.has(node.id)).map((node) => ({ node, depth: depthOf(node) }));
  groups.sort((a, b) => b.depth - a.depth);
  const members = new Map<string, DesignNode[]>();
  for (const node of nodes) {
    if (node.parent === undefined || !hasMembers.has(node.parent)) continue;
    const list = members.get(node.parent);
    if (list) list.push(node);
    else members.set(node.parent, [node]);
  }
  for (const { node } of groups) {
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const member of members.get(node.id) ?? []) {
      const box = boxes.get(member.id)!;
      [left, top] = [Math.min(left, box.x), Math.min(top, box.y)];
      [right, bottom] = [Math.max(right, box.x + box.width), Math.max(bottom, box.y + box.height)];
    }
    boxes.set(node.id, { x: left - GROUP_PADDING, y: top - GROUP_PADDING - GROUP_TITLE, width: right - left + 2 * GROUP_PADDING, height: bottom - top + 2 * GROUP_PADDING + GROUP_TITLE });
  }
}
