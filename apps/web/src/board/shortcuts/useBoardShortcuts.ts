import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { BoardContent } from '../../sync/useBoardContent';
import type { Selection } from '../canvas/useSelection';
import { useFitBoard } from '../canvas/useFitBoard';
import { useClipboard } from '../history/useClipboard';
import type { Undo } from '../history/useUndo';
import { isApple, isTyping } from './keys';
import { useBoard } from '../BoardContext';
import { toolOfKey } from '../sketching/sketchTools';

interface ShortcutOptions {
  content: BoardContent;
  selection: Selection;
  undo: Undo;
  readOnly: boolean;
  onHelp: () => void;
  setEditingId: (id: string | null) => void;
  setEditingEdgeId: (id: string | null) => void;
}

/** Board-wide keyboard shortcuts (listed in the `?` sheet). Keys typed into fields are left alone. */
export function useBoardShortcuts({ selection, undo, readOnly, onHelp, setEditingId, setEditingEdgeId }: ShortcutOptions): void {
  const flow = useReactFlow();
  const { fitBoard } = useFitBoard();
  const clipboard = useClipboard(selection);
  const { setTool } = useBoard();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      if (document.querySelector('[role="dialog"]')) return;
      const mod = isApple ? event.metaKey : event.ctrlKey;
      const key = event.key.toLowerCase();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod && key === 'z' && !readOnly) return run(event.shiftKey ? undo.redo : undo.undo);
      if (mod && key === 'y' && !readOnly) return run(undo.redo);
      if (mod && key === 'c') return run(clipboard.copy);
      if (mod && key === 'v' && !readOnly) return run(clipboard.paste);
      if (mod && key === 'd' && !readOnly) return run(clipboard.duplicate);
      if (mod && key === 'a') return run(selection.selectAll);
      if (mod || event.altKey) return;
      if ((key === 'delete' || key === 'backspace') && !readOnly) return run(clipboard.remove);
      if (key === 'f2' && !readOnly && selection.nodes.size === 1) {
        const [only] = selection.nodes;
        return run(() => setEditingId(only ?? null));
      }
      if (key === 'f2' && !readOnly && selection.nodes.size === 0 && selection.edges.size === 1) {
        const [only] = selection.edges;
        return run(() => setEditingEdgeId(only ?? null));
      }
      if (key === 'escape') return run(() => {
        selection.set([]);
        setTool('select');
      });
      const tool = event.shiftKey ? undefined : toolOfKey(key, event.code);
      if (tool && !readOnly) return run(() => setTool(tool));
      if (event.key === '?') return run(onHelp);
      if (key === '/' && !readOnly) return run(() => document.getElementById('palette-search')?.focus());
      if (key === '+' || key === '=') return run(() => void flow.zoomIn({ duration: 150 }));
      if (key === '-') return run(() => void flow.zoomOut({ duration: 150 }));
      if (event.shiftKey && event.code === 'Digit1') return run(() => void fitBoard(200));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [clipboard, fitBoard, flow, onHelp, readOnly, selection, setEditingEdgeId, setEditingId, setTool, undo]);
}
