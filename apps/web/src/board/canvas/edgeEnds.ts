import type { InternalNode, ReactFlowState } from '@xyflow/react';
import type { Rect } from './floatingEdge';

/** A measured node's rectangle in flow coordinates; null until xyflow has measured it. */
export function rectOf(node: InternalNode | undefined): Rect | null {
  if (!node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

/** The source's and the target's rectangles, or null while either is missing or unmeasured. */
export type Ends = readonly [Rect, Rect] | null;

function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** Equality by value, so an edge re-renders only when one of its ends moved or changed size. */
export function sameEnds(a: Ends, b: Ends): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameRect(a[0], b[0]) && sameRect(a[1], b[1]);
}

/**
 * Both ends' rectangles in one store subscription per edge, compared by value. xyflow runs every
 * subscriber's selector on each store update; two `useInternalNode` calls per edge (shallow-compared
 * node objects) doubled that work on a board with thousands of edges (docs/BENCHMARKS.md).
 */
export function endsSelector(source: string, target: string): (state: ReactFlowState) => Ends {
  return (state) => {
    const from = rectOf(state.nodeLookup.get(source));
    const to = rectOf(state.nodeLookup.get(target));
    return from && to ? [from, to] : null;
  };
}
