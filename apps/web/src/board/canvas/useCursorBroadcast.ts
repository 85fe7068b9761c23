import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { POINTER_SEND_INTERVAL_MS, toWire } from '../presence/pointerWire';
import { throttleLatest } from '../presence/throttleLatest';

/**
 * Publishes this user's pointer on awareness, in board coordinates off the grid (the canvas snaps
 * what it places, not where the hand is), at a steady rate — the newest position at most every
 * POINTER_SEND_INTERVAL_MS; the others' browsers glide between them (RemoteCursors).
 */
export function useCursorBroadcast(awareness: Awareness) {
  const flow = useReactFlow();
  const store = useStoreApi();
  /** Where the pointer is on the screen, while it is over the canvas. */
  const client = useRef<{ x: number; y: number } | null>(null);
  // The screen point goes into the throttle and becomes a board point when it is sent: converting
  // reads the pane's box (a layout), and a pan moves the board under the pointer on every frame.
  const cursor = useMemo(
    () =>
      throttleLatest(POINTER_SEND_INTERVAL_MS, (screen: { x: number; y: number }) =>
        awareness.setLocalStateField('cursor', toWire(flow.screenToFlowPosition(screen, { snapToGrid: false }))),
      ),
    [awareness, flow],
  );
  useEffect(() => () => cursor.cancel(), [cursor]);

  const publish = useCallback(() => {
    if (client.current) cursor.push(client.current);
  }, [cursor]);

  // The wheel scrolls the board under a pointer that stands still: the board point under it moves.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.transform !== previous.transform) publish();
      }),
    [store, publish],
  );

  const onPointerMove = useCallback(
    (event: PointerEvent) => {
      client.current = { x: event.clientX, y: event.clientY };
      publish();
    },
    [publish],
  );
  const onPointerLeave = useCallback(() => {
    client.current = null;
    cursor.cancel();
    awareness.setLocalStateField('cursor', null);
  }, [awareness, cursor]);

  return { onPointerMove, onPointerLeave };
}
