import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef, type PointerEvent } from 'react';
import type { BoardFlowEdge, CanvasFlowNode } from './flowTypes';
import type { BoardPicture } from './boardPicture';
import { viewportRect, type Rect } from './culling';

/** The minimap's size, CSS pixels (xyflow's MiniMap default). */
const WIDTH = 200;
const HEIGHT = 150;

interface Fit {
  bounds: Rect;
  scale: number;
  offsetX: number;
  offsetY: number;
}

function fitOf(bounds: Rect): Fit {
  const scale = Math.min(WIDTH / Math.max(1, bounds.width), HEIGHT / Math.max(1, bounds.height));
  return { bounds, scale, offsetX: (WIDTH - bounds.width * scale) / 2, offsetY: (HEIGHT - bounds.height * scale) / 2 };
}

/**
 * The minimap of a big board: every card of its `BoardPicture` as a box on one canvas, drawn again
 * only when the picture changes, and the viewport as one outlined box moved on every pan frame. xyflow's MiniMap keeps a
 * component and a store subscription per node — on a 1,000-component board about half of the
 * main thread's work on every pan frame (docs/BENCHMARKS.md, "Canvas") — and showed only the cards
 * near the viewport, the others being culled. Click or drag on it to move the view there.
 */
export const BigBoardMinimap = memo(function BigBoardMinimap({ picture, ariaLabel, theme }: { picture: BoardPicture; ariaLabel: string; theme: string }) {
  const store = useStoreApi<CanvasFlowNode, BoardFlowEdge>();
  const { setCenter } = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const fit = useRef<Fit | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = WIDTH * ratio;
    element.height = HEIGHT * ratio;
    const fill = getComputedStyle(element).getPropertyValue('--border-strong').trim() || '#888';
    const drawBoxes = () => {
      const { bounds } = picture;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, element.width, element.height);
      fit.current = bounds ? fitOf(bounds) : null;
      if (!fit.current) return;
      const { scale, offsetX, offsetY } = fit.current;
      context.setTransform(ratio * scale, 0, 0, ratio * scale, ratio * (offsetX - fit.current.bounds.x * scale), ratio * (offsetY - fit.current.bounds.y * scale));
      const boxes = new Path2D();
      for (const { rect } of picture.nodes.values()) boxes.rect(rect.x, rect.y, rect.width, rect.height);
      context.fillStyle = fill;
      context.fill(boxes);
      placeView(store.getState());
    };
    const placeView = (state: ReactFlowState<CanvasFlowNode, BoardFlowEdge>) => {
      const box = view.current;
      if (!box || !fit.current || !state.width) return;
      const { bounds, scale, offsetX, offsetY } = fit.current;
      const seen = viewportRect(state.transform, state.width, state.height);
      box.style.transform = `translate(${offsetX + (seen.x - bounds.x) * scale}px, ${offsetY + (seen.y - bounds.y) * scale}px)`;
      box.style.width = `${seen.width * scale}px`;
      box.style.height = `${seen.height * scale}px`;
    };
    drawBoxes();
    // The boxes again when the picture changes (an edit, a card measured); a pan moves the view box only.
    return store.subscribe(placeView);
  }, [store, picture, theme]);

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const at = fit.current;
    if (!at) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = at.bounds.x + (event.clientX - box.left - at.offsetX) / at.scale;
    const y = at.bounds.y + (event.clientY - box.top - at.offsetY) / at.scale;
    void setCenter(x, y, { zoom: store.getState().transform[2] });
  };

  return (
    <Panel position="bottom-left" className="react-flow__minimap minimap board-minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={ariaLabel}
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
      />
      <div ref={view} className="board-minimap-view" />
    </Panel>
  );
});
