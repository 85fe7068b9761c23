import type { Board, BoardNode } from '../boardSchema';
import { isGroupKind, type NodeKind } from '../kinds';

/** Sizes the canvas draws at (components 176 × 56; groups take a width and height). */
const PITCH = { x: 200, y: 88 };
const GROUP_PADDING = { side: 24, top: 52, bottom: 28 };
const GAP = 64;
/** Where requests enter, drawn in the first column. */
const ENTRY: ReadonlySet<NodeKind> = new Set(['client', 'dns', 'cdn', 'object-storage', 'note']);
/** Columns inside a group, left to right as a request flows: compute, then caches, databases, async work. */
const COLUMN_OF: Partial<Record<NodeKind, number>> = {
  'web-server': 0, 'app-server': 0, cache: 1, 'session-store': 1, database: 2, 'object-storage': 2, 'message-queue': 3, worker: 3,
};

/**
 * Lays a template out as a reader of the design expects: where requests enter (users, DNS, CDN…)
 * in a column on the left, then each group left to right, sized to hold its components, which
 * stand inside it in columns by tier — servers, caches, databases, async work — in the order they
 * were listed; components outside any group follow in the same tier columns. (`sketch` alone
 * places every node on one grid, so components landed outside their groups and groups overlapped.)
 *
 * @example layoutTemplate(sketch('3. Load balancer', nodes, edges)).nodes.find((n) => n.id === 'private')?.width
 */
export function layoutTemplate(board: Board): Board {
  const groups = board.nodes.filter((node) => isGroupKind(node.kind));
  const groupIds = new Set(groups.map((group) => group.id));
  const childrenOf = (group: BoardNode) => board.nodes.filter((node) => node.parent === group.id && !isGroupKind(node.kind));
  const placed = new Map<string, BoardNode>();

  const loose = board.nodes.filter((node) => !isGroupKind(node.kind) && !(node.parent && groupIds.has(node.parent)));
  const entry = loose.filter((node) => ENTRY.has(node.kind));
  entry.forEach((node, i) => placed.set(node.id, { ...node, x: 0, y: i * PITCH.y }));

  let x = entry.length > 0 ? PITCH.x + GAP / 2 : 0;
  for (const group of groups) {
    const columns = tierColumns(childrenOf(group));
    columns.forEach((column, c) =>
      column.forEach((child, r) => placed.set(child.id, { ...child, x: GROUP_PADDING.side + c * PITCH.x, y: GROUP_PADDING.top + r * PITCH.y })),
    );
    const rows = Math.max(1, ...columns.map((column) => column.length));
    const width = 2 * GROUP_PADDING.side + (Math.max(1, columns.length) - 1) * PITCH.x + 176;
    const height = GROUP_PADDING.top + (rows - 1) * PITCH.y + 56 + GROUP_PADDING.bottom;
    // Groups nest only one level deep in the templates; a group inside a group keeps the grid's place.
    placed.set(group.id, group.parent ? group : { ...group, x, y: 0, width, height });
    x += width + GAP;
  }
  // Servers and stores outside any group (the first steps, before there are networks) follow in tier columns.
  tierColumns(loose.filter((node) => !ENTRY.has(node.kind))).forEach((column, c) =>
    column.forEach((node, r) => placed.set(node.id, { ...node, x: x + c * (PITCH.x + GAP / 2), y: r * PITCH.y })),
  );
  return { ...board, nodes: board.nodes.map((node) => placed.get(node.id) ?? node) };
}

/** Components in columns by tier, each column in the order they were listed. */
function tierColumns(nodes: readonly BoardNode[]): BoardNode[][] {
  const tiers = [...new Set(nodes.map((node) => COLUMN_OF[node.kind] ?? 1))].sort((a, b) => a - b);
  return tiers.map((tier) => nodes.filter((node) => (COLUMN_OF[node.kind] ?? 1) === tier));
}
