import { useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useState, type PointerEvent } from 'react';
import { isTyping } from '../shortcuts/keys';

/**
 * The canvas's multi-selection key (Ctrl, ⌘ on a Mac), switched off while the keyboard is in a
 * field (the inspector's fields, a label being renamed) — where the board's shortcuts stand aside too.
 *
 * Why: xyflow listens for that key wherever it is pressed, and each press and release is a pass over
 * every subscriber of its store — about 12 ms each on a 1,000-component board (docs/BENCHMARKS.md)
 * — for every Ctrl+A, Ctrl+C or Ctrl+Z typed into a field, where the key means nothing to the canvas.
 * When the key went down in a field and is still held as the pointer comes down on the canvas,
 * `onPointerDownCapture` tells xyflow, so Ctrl+click adds to the selection as always.
 *
 * @example const modifier = useModifierKey(); <ReactFlow multiSelectionKeyCode={modifier.keyCode} />
 */
export function useModifierKey(): { keyCode: null | undefined; onPointerDownCapture: (event: PointerEvent) => void } {
  const store = useStoreApi();
  const [typing, setTyping] = useState(() => isTyping(document.activeElement));
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => setTyping(isTyping(event.target));
    // relatedTarget: where the focus goes next (null when nowhere in particular).
    const onFocusOut = (event: FocusEvent) => setTyping(isTyping(event.relatedTarget));
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      if (!(event.ctrlKey || event.metaKey) || store.getState().multiSelectionActive) return;
      store.setState({ multiSelectionActive: true });
      const release = (key: KeyboardEvent | FocusEvent) => {
        if ('ctrlKey' in key && (key.ctrlKey || key.metaKey)) return;
        store.setState({ multiSelectionActive: false });
        window.removeEventListener('keyup', release);
        window.removeEventListener('blur', release);
      };
      window.addEventListener('keyup', release);
      window.addEventListener('blur', release);
    },
    [store],
  );
  // undefined: xyflow's default key; null: none.
  return { keyCode: typing ? null : undefined, onPointerDownCapture };
}
