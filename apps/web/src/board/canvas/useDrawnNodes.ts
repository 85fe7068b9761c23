import { useRef } from 'react';
import type { BoardNode } from '@scaleboard/rules';
import { sameOnCanvas } from './toFlow';

/**
 * The nodes as the canvas draws them: the previous array for as long as changes touch only what
 * the canvas does not show (props), so a property edit leaves the (memoised) canvas alone.
 *
 * @example <Canvas nodes={useDrawnNodes(content.nodes)} … />
 */
export function useDrawnNodes(nodes: BoardNode[]): BoardNode[] {
  const drawn = useRef(nodes);
  if (!sameOnCanvas(drawn.current, nodes)) drawn.current = nodes;
  return drawn.current;
}
