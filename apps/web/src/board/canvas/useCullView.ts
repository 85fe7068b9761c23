import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { nextView, viewportRect, type CullView } from './culling';

const viewOf = (state: ReactFlowState, current: CullView) => nextView(current, viewportRect(state.transform, state.width, state.height), state.transform[2]);

/**
 * What a big board puts in the DOM for the current viewport (`nextView`): null when `enabled` is
 * false. Every viewport change runs one comparison; the canvas re-renders only when the view
 * changes — when the viewport leaves the region drawn around it, or crosses the level-of-detail zoom.
 */
export function useCullView(enabled: boolean): CullView {
  const store = useStoreApi();
  const [view, setView] = useState<CullView>(() => (enabled ? viewOf(store.getState(), null) : null));
  const current = useRef(view);
  useEffect(() => {
    if (!enabled) {
      current.current = null;
      setView(null);
      return;
    }
    const check = (state: ReactFlowState) => {
      const next = viewOf(state, current.current);
      if (next === current.current) return;
      current.current = next;
      setView(next);
    };
    check(store.getState());
    return store.subscribe(check);
  }, [enabled, store]);
  return view;
}
