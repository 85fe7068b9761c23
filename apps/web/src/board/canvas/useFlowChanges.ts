import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useRef, useState } from 'react';
import { moveNodes, updateNode } from '@scaleboard/board';
import { useBoard } from '../BoardContext';
import type { BoardFlowEdge, CanvasFlowNode, Size } from './flowTypes';
import type { Selection } from './useSelection';

type Point = { x: number; y: number };
const NO_DRAG: ReadonlyMap<string, Point> = new Map();

/**
 * Turns xyflow's change events into document edits (moves, resizes) and local state (selection,
 * measured sizes). Removal is not handled here: deletes go through the board's delete action.
 *
 * A drag moves the cards locally (`dragged`, drawn by the canvas). On a board small enough to
 * re-read each frame (`liveDrag`), every drag step is also written, one transaction per step, so the
 * others watch the cards move as they are dragged (the undo manager merges the steps into one).
 * On a big board the document is written once, at the drop: writing every pointer move re-read and
 * re-analysed the whole board each frame, 3 fps when dragging all of a 1,000-component board
 * (docs/BENCHMARKS.md, "Canvas"); there the others see the components land at the drop.
 */
export function useFlowChanges(selection: Selection, liveDrag: boolean) {
  const { doc, gestureOrigin: origin, readOnly } = useBoard();
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const [dragged, setDragged] = useState<ReadonlyMap<string, Point>>(NO_DRAG);
  // The same positions, readable synchronously at the drop (the state may not have rendered yet).
  const pending = useRef(new Map<string, Point>());

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasFlowNode>[]) => {
      const moves: Array<{ id: string; x: number; y: number }> = [];
      const dragging: Array<[string, Point]> = [];
      const resizes: Array<{ id: string; width: number; height: number }> = [];
      const selects: Array<{ id: string; selected: boolean }> = [];
      const sizes: Array<[string, Size]> = [];
      for (const change of changes) {
        if (change.type === 'position' && change.position && !readOnly) {
          const at = { x: Math.round(change.position.x), y: Math.round(change.position.y) };
          if (change.dragging) dragging.push([change.id, at]);
          else moves.push({ id: change.id, ...at });
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes.push([change.id, change.dimensions]);
          if (change.setAttributes && !readOnly) {
            resizes.push({ id: change.id, width: Math.round(change.dimensions.width), height: Math.round(change.dimensions.height) });
          }
        } else if (change.type === 'select') {
          selects.push({ id: change.id, selected: change.selected });
        }
      }
      if (dragging.length) {
        for (const [id, at] of dragging) pending.current.set(id, at);
        setDragged(new Map(pending.current));
        if (liveDrag && !readOnly) doc.transact(() => moveNodes(doc, dragging.map(([id, at]) => ({ id, ...at })), origin), origin);
      }
      // The drop (xyflow's last position change, without `dragging`) or a keyboard move: the drag's
      // positions and these in one transaction, before onNodeDragStop reads the document. Other
      // changes during a drag (a card mounting, a selection) leave it running.
      if (moves.length && pending.current.size) {
        const dropped = new Set(moves.map((move) => move.id));
        for (const [id, at] of pending.current) if (!dropped.has(id)) moves.push({ id, ...at });
        pending.current = new Map();
        setDragged(NO_DRAG);
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
    [doc, liveDrag, origin, readOnly, selection],
  );

  /** Writes what a drag has not written yet; the canvas calls it when a drag stops, whatever xyflow sent last. */
  const endDrag = useCallback(() => {
    if (!pending.current.size) return;
    const moves = [...pending.current].map(([id, at]) => ({ id, ...at }));
    pending.current = new Map();
    setDragged(NO_DRAG);
    if (!readOnly) doc.transact(() => moveNodes(doc, moves, origin), origin);
  }, [doc, origin, readOnly]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<BoardFlowEdge>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
      if (selects.length) selection.apply({ edges: selects });
    },
    [selection],
  );

  return { measured, dragged, onNodesChange, onEdgesChange, endDrag };
}
