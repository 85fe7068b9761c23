import { useStoreApi } from '@xyflow/react';
import { useCallback, type MouseEvent } from 'react';
import { useBoard } from '../BoardContext';
import { usePlaceNode } from './usePlaceNode';

/** How long a new note may take to appear before its text field gives up opening by itself. */
const OPEN_WITHIN_MS = 2000;

/**
 * A double-click on empty canvas adds a sticky note there, its text ready to type (as a double-click
 * on a component renames it). On a component, an edge or the chrome it does nothing.
 *
 * @example const onDoubleClick = useNoteOnDoubleClick(); <div onDoubleClick={onDoubleClick}><ReactFlow /></div>
 */
export function useNoteOnDoubleClick(): (event: MouseEvent) => void {
  const { readOnly, setEditingId } = useBoard();
  const { placeAtScreen } = usePlaceNode();
  const store = useStoreApi();
  return useCallback(
    (event: MouseEvent) => {
      // xyflow's pane is the element under the pointer exactly where nothing is drawn.
      if (readOnly || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      openWhenShown(store, placeAtScreen('note', { x: event.clientX, y: event.clientY }), setEditingId);
    },
    [placeAtScreen, readOnly, setEditingId, store],
  );
}

/**
 * Opens a new note's text for typing once xyflow shows it: xyflow keeps a node hidden until it
 * has measured it, and a hidden field cannot take the focus.
 *
 * @example openWhenShown(store, placeAtScreen('note', point), setEditingId)
 */
export function openWhenShown(store: ReturnType<typeof useStoreApi>, id: string, setEditingId: (id: string) => void): void {
  const open = () => {
    if (!store.getState().nodeLookup.get(id)?.measured.width) return false;
    setEditingId(id);
    return true;
  };
  if (open()) return;
  const stop = store.subscribe(() => {
    if (open()) stop();
  });
  setTimeout(stop, OPEN_WITHIN_MS);
}
