import { useStoreApi } from '@xyflow/react';
import type { BoardEdge, BoardNode } from '@scaleboard/rules';
import { isGroupKind } from '@scaleboard/rules';
import { boxAround } from '@scaleboard/board';
import type { Rect } from './culling';

/** How the level-of-detail picture fills a node's box. */
export type PictureLook = 'group' | 'component' | 'note' | 'selected';

/**
 * The whole of a big board as boxes, for what needs all of it — the minimap, the level-of-detail
 * picture, fitting the view — since xyflow gets only the cards near the viewport (`nodesForFlow`).
 */
export interface BoardPicture {
  nodes: ReadonlyMap<string, { rect: Rect; look: PictureLook }>;
  edges: readonly { from: string; to: string }[];
  /** The box around every node; null for none. */
  bounds: Rect | null;
}

/**
 * @example boardPicture(boardRects(nodes, measured), nodes, selection.nodes, edges)
 */
export function boardPicture(rects: ReadonlyMap<string, Rect>, nodes: readonly BoardNode[], selected: ReadonlySet<string>, edges: readonly BoardEdge[]): BoardPicture {
  const pictured = new Map<string, { rect: Rect; look: PictureLook }>();
  for (const node of nodes) {
    const rect = rects.get(node.id);
    if (!rect) continue;
    const look: PictureLook = isGroupKind(node.kind) ? 'group' : selected.has(node.id) ? 'selected' : node.kind === 'note' ? 'note' : 'component';
    pictured.set(node.id, { rect, look });
  }
  return { nodes: pictured, edges, bounds: boxAround([...pictured.values()].map((node) => node.rect)) };
}

/** The current picture of a big board (null on a small one), one per xyflow store (one per board screen). */
export interface PictureHolder {
  current: BoardPicture | null;
}
const holders = new WeakMap<object, PictureHolder>();

/** The picture holder of the board under the nearest ReactFlowProvider: the canvas writes it, fitting reads it. */
export function useBoardPictureHolder(): PictureHolder {
  // useStoreApi gives each component its own wrapper object; the store's getState is the store's own.
  const { getState } = useStoreApi();
  let holder = holders.get(getState);
  if (!holder) holders.set(getState, (holder = { current: null }));
  return holder;
}
