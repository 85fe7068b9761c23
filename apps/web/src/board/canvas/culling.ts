import type { NodeHandle } from '@xyflow/react';
import { Position } from '@xyflow/react';
import { absolutePosition } from '@scaleboard/board';
import type { BoardNode } from '@scaleboard/rules';
import type { CanvasFlowNode, Size } from './flowTypes';
import { sizeOf } from './sizeOf';

/**
 * Boards with more nodes than this draw only what is near the viewport, and below `LOD_ZOOM` draw
 * everything as shapes on one <canvas> (docs/BENCHMARKS.md, "Canvas"). Smaller boards keep every
 * card in the DOM at every zoom: there is nothing to save, and their cards stay selectable.
 */
export const CULL_ABOVE_NODES = 300;
/** Below this zoom a card's 13 px label is under 5 px tall: unreadable, so cards become shapes. */
export const LOD_ZOOM = 0.4;
/** How far past each side of the viewport cards stay in the DOM, in viewport sizes. */
const MARGIN = 0.5;
/** Zooming in or out by more than this factor since the region was chosen chooses a new one. */
const REGION_ZOOM_SLACK = 1.5;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the canvas puts in the DOM: nothing (level of detail), or the cards that meet `region`. */
export type CullView = { lod: true } | { lod: false; region: Rect; zoom: number } | null;

/** The part of the board on screen, in board units, for xyflow's transform and pane size. */
export function viewportRect([x, y, zoom]: readonly [number, number, number], width: number, height: number): Rect {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * The view for a viewport: `current` again (the same object) while it still covers the viewport at
 * about the same zoom, so panning within the margin changes nothing and costs nothing.
 *
 * @example nextView(null, { x: 0, y: 0, width: 1000, height: 800 }, 1) // { lod: false, region: { x: -500, … } }
 */
export function nextView(current: CullView, viewport: Rect, zoom: number): CullView {
  if (zoom < LOD_ZOOM) return current?.lod ? current : { lod: true };
  if (current && !current.lod && contains(current.region, viewport) && zoom < current.zoom * REGION_ZOOM_SLACK && zoom > current.zoom / REGION_ZOOM_SLACK) return current;
  const region = {
    x: viewport.x - viewport.width * MARGIN,
    y: viewport.y - viewport.height * MARGIN,
    width: viewport.width * (1 + 2 * MARGIN),
    height: viewport.height * (1 + 2 * MARGIN),
  };
  return { lod: false, region, zoom };
}

/** Every node's rectangle on the board (groups' offsets added), measured sizes where known. */
export function boardRects(nodes: readonly BoardNode[], measured: ReadonlyMap<string, Size>): Map<string, Rect> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return new Map(nodes.map((node) => [node.id, { ...absolutePosition(node.id, byId), ...(measured.get(node.id) ?? sizeOf(node)) }]));
}

/**
 * One connector on every side, declared rather than measured: xyflow draws an edge only between
 * nodes whose connectors it knows, and a card outside the viewport is never mounted to measure
 * them. The edges float to the borders anyway (floatingEdge.ts), so positions do not matter.
 */
const DECLARED_HANDLES: NodeHandle[] = [Position.Top, Position.Right, Position.Bottom, Position.Left].map((position) => ({
  id: position,
  type: 'source',
  position,
  x: 0,
  y: 0,
  width: 1,
  height: 1,
}));

function sameSize(a: Size | undefined, b: Size | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.width === b.width && a.height === b.height);
}

interface Decoration {
  measured: Size | undefined;
  hidden: boolean;
  position: { x: number; y: number } | undefined;
  out: CanvasFlowNode;
}

/**
 * Adds to the flow nodes what changes often — measured sizes, where a drag has them, whether they
 * are culled — keeping each previous object while its part is unchanged, so a drag frame or a
 * newly measured card costs a pass over the array, not a rebuild (docs/BENCHMARKS.md).
 * Every node gets a size (measured or the renderer's box) and declared connectors, so fitting
 * the view and drawing edges work for cards that were never mounted.
 *
 * @example const decorate = createDecorator(); decorate(base, { measured, dragged, isHidden, sizes })
 */
export function createDecorator(): (
  nodes: readonly CanvasFlowNode[],
  view: {
    measured: ReadonlyMap<string, Size>;
    dragged: ReadonlyMap<string, { x: number; y: number }>;
    isHidden: (id: string) => boolean;
    /** The size of a node not measured yet; undefined (a small board) leaves it to xyflow, connectors too. */
    defaultSize: ((id: string) => Size) | undefined;
  },
) => CanvasFlowNode[] {
  const cache = new WeakMap<CanvasFlowNode, Decoration>();
  return (nodes, view) =>
    nodes.map((node) => {
      const measured = view.measured.get(node.id) ?? view.defaultSize?.(node.id);
      const hidden = node.type !== 'unknown' && view.isHidden(node.id);
      const position = view.dragged.get(node.id);
      const before = cache.get(node);
      if (before && before.hidden === hidden && before.position === position && sameSize(before.measured, measured)) return before.out;
      const out: CanvasFlowNode = {
        ...node,
        ...(measured ? { measured } : {}),
        ...(view.defaultSize ? { handles: DECLARED_HANDLES } : {}),
        ...(hidden ? { hidden } : {}),
        ...(position ? { position } : {}),
      };
      cache.set(node, { measured, hidden, position, out });
      return out;
    });
}

interface FlowNodeLike {
  id: string;
  hidden?: boolean;
  selected?: boolean;
  parentId?: string;
}

/**
 * The nodes of a big board that xyflow gets: those shown (not culled), and, hidden, those it still
 * needs — the selected ones (a drag moves every selected node xyflow has), the far end of each
 * connection from a shown card (xyflow draws a connection only between nodes it has), and the
 * groups around all of them (a child needs its parent). xyflow looks at every node it has on every
 * pan frame, so its work then follows what is seen, not the board (docs/canvas.md). Order is kept:
 * parents stay before their children.
 *
 * @example nodesForFlow(decorated, edges) // the cards near the viewport, plus what they need
 */
export function nodesForFlow<N extends FlowNodeLike>(nodes: readonly N[], edges: readonly { source: string; target: string }[]): N[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const given = new Set<string>();
  const give = (id: string) => {
    for (let node = byId.get(id); node && !given.has(node.id); node = node.parentId === undefined ? undefined : byId.get(node.parentId)) given.add(node.id);
  };
  for (const node of nodes) if (!node.hidden || node.selected) give(node.id);
  for (const edge of edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source && !source.hidden) give(edge.target);
    if (target && !target.hidden) give(edge.source);
  }
  return given.size === nodes.length ? [...nodes] : nodes.filter((node) => given.has(node.id));
}

/**
 * The connections xyflow gets beside `nodesForFlow`: those with both ends given and one shown.
 *
 * @example edgesForFlow(edges, given)
 */
export function edgesForFlow<E extends { source: string; target: string }>(edges: readonly E[], given: readonly FlowNodeLike[]): E[] {
  const shown = new Map(given.map((node) => [node.id, !node.hidden]));
  return edges.filter((edge) => {
    const source = shown.get(edge.source);
    const target = shown.get(edge.target);
    return source !== undefined && target !== undefined && (source || target);
  });
}
