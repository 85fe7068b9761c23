import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { moveNodes, updateNode } from '@scaleboard/board';
import { useBoard } from '../BoardContext';
import type { BoardFlowEdge, CanvasFlowNode, Size } from './flowTypes';
import type { Selection } from './useSelection';

/**
 * Turns xyflow's change events into document edits (moves, resizes) and local state (selection,
 * measured sizes). Removal is not handled here: deletes go through the board's delete action.
 */
export function useFlowChanges(selection: Selection) {
  const { doc, gestureOrigin: origin, readOnly } = useBoard();
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasFlowNode>[]) => {
      const moves: Array<{ id: string; x: number; y: number }> = [];
      const resizes: Array<{ id: string; width: number; height: number }> = [];
      const selects: Array<{ id: string; selected: boolean }> = [];
      const sizes: Array<[string, Size]> = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position && !readOnly) {
          moves.push({ id: change.id, x: Math.round(change.position.x), y: Math.round(change.position.y) });
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes.push([change.id, change.dimensions]);
          if (change.setAttributes && !readOnly) {
            resizes.push({ id: change.id, width: Math.round(change.dimensions.width), height: Math.round(change.dimensions.height) });
          }
        } else if (change.type === 'select') {
          selects.push({ id: change.id, selected: change.selected });
        }
      }
      if (moves.length || resizes.length) {
        doc.transact(() => {
          moveNodes(doc, moves, origin);
          for (const { id, width, height } of resizes) updateNode(doc, id, { width, height }, origin);
        }, origin);
      }
      if (selects.length) selection.apply({ nodes: selects });
      if (sizes.length) {
        setMeasured((current) => {
          const changed = sizes.filter(([id, size]) => {
            const old = current.get(id);
            return !old || old.width !== size.width || old.height !== size.height;
          });
          if (!changed.length) return current;
          const next = new Map(current);
          for (const [id, size] of changed) next.set(id, size);
          return next;
        });
      }
    },
    [doc, origin, readOnly, selection],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<BoardFlowEdge>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      if (selects.length) selection.apply({ edges: selects });
    },
    [selection],
  );

  return { measured, onNodesChange, onEdgesChange };
}
