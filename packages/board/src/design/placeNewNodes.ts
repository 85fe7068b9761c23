import { isGroupKind } from '@scaleboard/rules';
import { boxAround, type Box } from '../render/boardLayout';
import type { DesignEdge, DesignNode } from './design';
import { layoutDesign, sizeOf, type LayoutDirection } from './layoutDesign';

/** An existing component's absolute box, and whether it is a group (a container, not an obstacle). */
export interface ExistingBox extends Box {
  group: boolean;
}

/** Space between a new cluster and the component it hangs from, and each step of a nudge past others. */
const GAP = 96;
const NUDGE = 40;
/** How far a cluster is nudged before it settles where it is: bounds the work on a crowded board. */
const MAX_NUDGES = 60;
/** Separate clusters placed one by one; more are laid out as one block. */
const MAX_CLUSTERS = 20;

/**
 * Places the components a text added to a board that already has places: each cluster of new ones
 * (connected to each other, or in a new group together) is laid out alone (layoutDesign), then put
 * beside an existing component it connects to, in the flow's direction — else inside the existing
 * group it joins, else right of the board — and nudged across the flow past the components already
 * there. The existing components never move and the whole board is never laid out again, so an edit
 * of a 1,000-component board costs what its new components cost (plus a scan per nudge).
 *
 * `nodes` are only the new ones (ids and parents as on the board); `edges` may be any of the design's;
 * `existing` holds every existing component's absolute box. Returns each new node's absolute box.
 *
 * @example placeNewNodes([{ id: 'cache', kind: 'cache', … }], [{ from: 'web', to: 'cache', … }], boxes, 'LR').get('cache') // right of web
 */
export function placeNewNodes(
  nodes: readonly DesignNode[],
  edges: readonly DesignEdge[],
  existing: ReadonlyMap<string, ExistingBox>,
  direction: LayoutDirection,
): Map<string, Box> {
  const isNew = new Set(nodes.map((node) => node.id));
  const kindOf = new Map(nodes.map((node) => [node.id, node.kind]));
  const clusters = clustersOf(nodes, edges, isNew);
  const placed = new Map<string, Box>();
  // Groups are containers, not obstacles: a new member is placed inside its group's box on purpose.
  const obstacles: Box[] = [...existing.values()].filter((box) => !box.group);
  const board = boundsOf(obstacles);
  let right = obstacles.length === 0 ? -GAP : board.x + board.width;
  const top = board.y;

  for (const cluster of clusters) {
    const inCluster = new Set(cluster.nodes.map((node) => node.id));
    const members = cluster.nodes.map((node) => (node.parent !== undefined && inCluster.has(node.parent) ? node : { ...node, parent: undefined }));
    const links = cluster.edges.filter((edge) => inCluster.has(edge.from) && inCluster.has(edge.to));
    const local = absoluteBoxes(members, layoutDesign(members, links, direction));
    const block = boundsOf([...local.values()]);
    const neighbour = neighbourOf(cluster.edges, inCluster, existing, placed);
    const joined = cluster.nodes.find((node) => node.parent !== undefined && !inCluster.has(node.parent))?.parent;
    const group = joined === undefined ? undefined : existing.get(joined) ?? placed.get(joined);
    let at: { x: number; y: number };
    if (neighbour) at = besideOf(neighbour, block, direction);
    else if (group) at = { x: group.x + GAP / 3, y: group.y + GAP / 1.5 };
    else at = { x: right + GAP, y: top };
    const across = direction === 'LR' || direction === 'RL' ? { x: 0, y: NUDGE } : { x: NUDGE, y: 0 };
    for (let step = 0; step < MAX_NUDGES && overlapsAny({ ...block, x: at.x, y: at.y }, obstacles); step++) at = { x: at.x + across.x, y: at.y + across.y };
    for (const [id, box] of local) {
      const moved = { ...box, x: Math.round(box.x - block.x + at.x), y: Math.round(box.y - block.y + at.y) };
      placed.set(id, moved);
      if (!isGroupKind(kindOf.get(id) ?? 'note')) obstacles.push(moved);
    }
    right = Math.max(right, at.x + block.width);
  }
  return placed;
}

interface Cluster {
  nodes: DesignNode[];
  /** The connections that touch the cluster (to each other or to the rest of the board). */
  edges: DesignEdge[];
}

/**
 * New nodes joined by connections or group membership, in the order written; union-find, linear.
 * Past MAX_CLUSTERS (a whole design pasted at once) they are one cluster, laid out together: each
 * cluster's nudge scans the board, so their number bounds the work.
 */
function clustersOf(nodes: readonly DesignNode[], edges: readonly DesignEdge[], isNew: ReadonlySet<string>): Cluster[] {
  const root = new Map(nodes.map((node) => [node.id, node.id]));
  const find = (id: string): string => {
    let top = id;
    while (root.get(top) !== top) top = root.get(top)!;
    // Path compression: every node on the walk points at the root, so later finds are short.
    for (let at = id; at !== top; ) {
      const next = root.get(at)!;
      root.set(at, top);
      at = next;
    }
    return top;
  };
  const join = (a: string, b: string) => root.set(find(a), find(b));
  for (const node of nodes) if (node.parent !== undefined && isNew.has(node.parent)) join(node.id, node.parent);
  for (const edge of edges) if (isNew.has(edge.from) && isNew.has(edge.to)) join(edge.from, edge.to);
  const clusters = new Map<string, Cluster>();
  for (const node of nodes) {
    const key = find(node.id);
    const cluster = clusters.get(key);
    if (cluster) cluster.nodes.push(node);
    else clusters.set(key, { nodes: [node], edges: [] });
  }
  if (clusters.size > MAX_CLUSTERS) return [{ nodes: [...nodes], edges: edges.filter((edge) => isNew.has(edge.from) || isNew.has(edge.to)) }];
  for (const edge of edges) {
    const ends = new Set([edge.from, edge.to].filter((id) => isNew.has(id)).map(find));
    for (const key of ends) clusters.get(key)!.edges.push(edge);
  }
  return [...clusters.values()];
}

/** Placements (relative to their group in the cluster) as absolute boxes, parents first by walking up. */
function absoluteBoxes(nodes: readonly DesignNode[], placements: ReturnType<typeof layoutDesign>): Map<string, Box> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxes = new Map<string, Box>();
  const boxOf = (node: DesignNode): Box => {
    const known = boxes.get(node.id);
    if (known) return known;
    const place = placements.get(node.id) ?? { x: 0, y: 0 };
    const parent = node.parent === undefined ? undefined : byId.get(node.parent);
    // The walk up is as deep as the groups, which the caller has checked for loops and depth.
    const origin = parent ? boxOf(parent) : { x: 0, y: 0 };
    const size = sizeOf(node);
    const box = { x: origin.x + place.x, y: origin.y + place.y, width: place.width ?? size.width, height: place.height ?? size.height };
    boxes.set(node.id, box);
    return box;
  };
  for (const node of nodes) boxOf(node);
  return boxes;
}

/** The box of a component already placed that a new one of the cluster connects to, if any. */
function neighbourOf(edges: readonly DesignEdge[], inCluster: ReadonlySet<string>, existing: ReadonlyMap<string, Box>, placed: ReadonlyMap<string, Box>): Box | undefined {
  for (const edge of edges) {
    const other = inCluster.has(edge.from) && !inCluster.has(edge.to) ? edge.to : inCluster.has(edge.to) && !inCluster.has(edge.from) ? edge.from : undefined;
    if (other === undefined) continue;
    const box = existing.get(other) ?? placed.get(other);
    if (box) return box;
  }
  return undefined;
}

function besideOf(neighbour: Box, block: Box, direction: LayoutDirection): { x: number; y: number } {
  if (direction === 'LR') return { x: neighbour.x + neighbour.width + GAP, y: neighbour.y };
  if (direction === 'RL') return { x: neighbour.x - block.width - GAP, y: neighbour.y };
  if (direction === 'TB') return { x: neighbour.x, y: neighbour.y + neighbour.height + GAP };
  return { x: neighbour.x, y: neighbour.y - block.height - GAP };
}

function overlapsAny(box: Box, others: readonly Box[]): boolean {
  return others.some((other) => box.x < other.x + other.width && other.x < box.x + box.width && box.y < other.y + other.height && other.y < box.y + box.height);
}

const NO_BOX: Box = { x: 0, y: 0, width: 0, height: 0 };

function boundsOf(boxes: readonly Box[]): Box {
  return boxAround(boxes) ?? NO_BOX;
}
