import { useCallback, useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf, sketchesOf } from '@scaleboard/board';

export interface Undo {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Ends the current undo step (call at drag start/stop so one drag is one step). */
  stopCapturing: () => void;
}

/**
 * Per-user undo: tracks only this user's two origins, never a peer's transactions. Discrete
 * edits (`origin`) are one step each; continuous ones (`gestureOrigin`: drags, resizes) merge
 * into one step per gesture.
 */
export function useUndo(doc: Y.Doc, origin: object, gestureOrigin: object): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    let created: Y.UndoManager | null = null;
    // Registered before the manager's own listener, so it runs first: a discrete edit never
    // merges into the step before it.
    const separate = (transaction: Y.Transaction) => {
      if (transaction.origin === origin) created?.stopCapturing();
    };
    doc.on('afterTransaction', separate);
    created = new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc), sketchesOf(doc)], {
      trackedOrigins: new Set([origin, gestureOrigin]),
      captureTimeout: 500,
    });
    const manager = created;
    // The same state while nothing flipped: each edit adds a step, and a new object would re-render
    // everything that takes the undo actions (the canvas among them) on every edit.
    const update = () => {
      const canUndo = manager.canUndo();
      const canRedo = manager.canRedo();
      setStacks((stacks) => (stacks.canUndo === canUndo && stacks.canRedo === canRedo ? stacks : { canUndo, canRedo }));
    };
    manager.on('stack-item-added', update);
    manager.on('stack-item-popped', update);
    manager.on('stack-cleared', update);
    setManager(manager);
    return () => {
      doc.off('afterTransaction', separate);
      manager.destroy();
      setManager(null);
    };
  }, [doc, origin, gestureOrigin]);
  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager]);
  return useMemo(() => ({ undo, redo, stopCapturing, ...stacks }), [undo, redo, stopCapturing, stacks]);
}
