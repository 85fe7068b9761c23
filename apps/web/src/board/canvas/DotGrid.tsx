import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';

/**
 * The canvas's dots as one CSS background whose cell size and offset follow the viewport, set
 * straight on the element from a store subscription. xyflow's <Background> is a React component
 * re-rendered on every pan frame to move an SVG pattern; this costs one style write a frame.
 * A dot sits on each multiple of `gap` in board units, as the snap grid does.
 */
export const DotGrid = memo(function DotGrid({ gap, size }: { gap: number; size: number }) {
  const store = useStoreApi();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let zoomDrawn = Number.NaN;
    const place = ({ transform: [x, y, zoom] }: ReactFlowState) => {
      const element = ref.current;
      if (!element) return;
      const cell = gap * zoom;
      if (zoom !== zoomDrawn) {
        zoomDrawn = zoom;
        const radius = Math.max(0.5, (size * zoom) / 2);
        element.style.backgroundImage = `radial-gradient(circle, var(--xy-background-pattern-color) ${radius}px, transparent ${radius + 0.5}px)`;
        element.style.backgroundSize = `${cell}px ${cell}px`;
      }
      element.style.backgroundPosition = `${x - cell / 2}px ${y - cell / 2}px`;
    };
    place(store.getState());
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) place(state);
    });
  }, [store, gap, size]);
  return <div ref={ref} className="react-flow__background canvas-background dot-grid" aria-hidden />;
});
