import { useEffect, useState } from 'react';
import { isTyping } from '../shortcuts/keys';

/**
 * True while Space is held outside a field. xyflow pans with Space+drag on empty canvas only; the
 * canvas turns node dragging off meanwhile, so a drag that starts on a component pans too, as in
 * tldraw and Excalidraw (a draggable node is marked "nopan" and keeps the drag for itself).
 *
 * @example const spaceHeld = useSpaceHeld(); <ReactFlow nodesDraggable={!spaceHeld} />
 */
export function useSpaceHeld(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code === 'Space' && !event.repeat && !isTyping(event.target)) setHeld(true);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.code === 'Space') setHeld(false);
    };
    // A Space released in another window never comes back as a keyup here.
    const onBlur = () => setHeld(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, []);
  return held;
}
