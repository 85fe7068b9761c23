import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { SketchTool } from './sketching/sketchTools';

/** What every piece of the board screen needs: the document, this user's origin, and the mode. */
export interface BoardContextValue {
  doc: Y.Doc;
  origin: object;
  gestureOrigin: object;
  readOnly: boolean;
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** The connection whose label is being typed; apart from `editingId`, as a node and an edge may share an id. */
  editingEdgeId: string | null;
  setEditingEdgeId: (id: string | null) => void;
  /** What a press on the empty canvas does: select (the default), draw with the pen or a shape, or write text. */
  tool: SketchTool;
  setTool: (tool: SketchTool) => void;
}

export const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoard outside <BoardContext>');
  return value;
}
