import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf } from '@scaleboard/board';

export interface Undo {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  /** Ends the current undo step (call at drag start/stop so one drag is one step). */
  stopCapturing: () => void;
}

/** Per-user undo: tracks only transactions tagged with this user's origin, never a peer's. */
export function useUndo(doc: Y.Doc, origin: object): Undo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });
  useEffect(() => {
    const created = new Y.UndoManager([nodesOf(doc), edgesOf(doc), metaOf(doc)], {
      trackedOrigins: new Set([origin]),
      captureTimeout: 400,
    });
    const update = () => setStacks({ canUndo: created.canUndo(), canRedo: created.canRedo() });
    created.on('stack-item-added', update);
    created.on('stack-item-popped', update);
    created.on('stack-cleared', update);
    setManager(created);
    return () => {
      created.destroy();
      setManager(null);
    };
  }, [doc, origin]);
  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  const stopCapturing = useCallback(() => manager?.stopCapturing(), [manager]);
  return { undo, redo, stopCapturing, ...stacks };
}
