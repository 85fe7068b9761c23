import { useReactFlow, type Node } from '@xyflow/react';
import { useCallback } from 'react';
import { absolutePosition, docToBoard, updateNode } from '@scaleboard/board';
import { useBoard } from '../BoardContext';
import type { Undo } from '../history/useUndo';
import { groupAt, reparent } from './groupDrop';
import { sizeOf } from './sizeOf';

/**
 * After a drag, a node whose centre landed in a group joins it; one dragged out of its group
 * leaves it. Coordinates are converted so nothing jumps. A drag (with its re-parenting) is one
 * undo step.
 */
export function useDragIntoGroups(undo: Undo) {
  const { doc, gestureOrigin: origin, readOnly } = useBoard();
  const flow = useReactFlow();

  const onNodeDragStart = useCallback(() => undo.stopCapturing(), [undo]);

  const onNodeDragStop = useCallback(
    (_event: unknown, _node: Node, dragged: Node[]) => {
      if (readOnly) return;
      const board = docToBoard(doc);
      const byId = new Map(board.nodes.map((n) => [n.id, n]));
      const draggedIds = new Set(dragged.map((n) => n.id));
      doc.transact(() => {
        for (const { id } of dragged) {
          const node = byId.get(id);
          if (!node || (node.parent && draggedIds.has(node.parent))) continue;
          const measured = flow.getInternalNode(id)?.measured;
          const size = measured?.width && measured.height ? { width: measured.width, height: measured.height } : sizeOf(node);
          const topLeft = absolutePosition(id, byId);
          const centre = { x: topLeft.x + size.width / 2, y: topLeft.y + size.height / 2 };
          const target = groupAt(centre, board.nodes, sizeOf, id);
          if (target === node.parent) continue;
          updateNode(doc, id, reparent(id, target, byId), origin);
        }
      }, origin);
      undo.stopCapturing();
    },
    [doc, origin, readOnly, flow, undo],
  );

  return { onNodeDragStart, onNodeDragStop };
}
