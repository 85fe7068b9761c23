import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** Publishes this user's pointer (in flow coordinates) on awareness, at most once a frame. */
export function useCursorBroadcast(awareness: Awareness) {
  const flow = useReactFlow();
  const pending = useRef<{ x: number; y: number } | null>(null);
  const frame = useRef(0);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      pending.current = { x: event.clientX, y: event.clientY };
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        if (!pending.current) return;
        const { x, y } = flow.screenToFlowPosition(pending.current);
        awareness.setLocalStateField('cursor', { x: Math.round(x), y: Math.round(y) });
      });
    },
    [awareness, flow],
  );
  const onPointerLeave = useCallback(() => {
    pending.current = null;
    awareness.setLocalStateField('cursor', null);
  }, [awareness]);

  return { onPointerMove, onPointerLeave };
}
