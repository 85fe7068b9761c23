import { useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { BoardFlowEdge, CanvasFlowNode } from './flowTypes';
import { intersects, viewportRect, type Rect } from './culling';

interface Colours {
  component: string;
  selected: string;
  note: string;
  group: string;
  edge: string;
}

function coloursOf(element: Element): Colours {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim() || '#888';
  return { component: read('--lod-component'), selected: read('--lod-selected'), note: read('--lod-note'), group: read('--lod-group'), edge: read('--lod-edge') };
}

function rectOf(node: InternalNode): Rect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/**
 * Draws the board as shapes — groups as outlined areas, cards as filled boxes, connections as
 * straight lines between their centres — in a handful of canvas calls: one path per colour,
 * whatever the number of elements, and only what meets the viewport.
 */
function draw(canvas: HTMLCanvasElement, state: ReactFlowState<CanvasFlowNode, BoardFlowEdge>, colours: Colours) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.round(state.width * ratio);
  const height = Math.round(state.height * ratio);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d');
  if (!context) return;
  const [tx, ty, zoom] = state.transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const view = viewportRect(state.transform, state.width, state.height);
  const pixel = 1 / zoom;

  const groups = new Path2D();
  const components = new Path2D();
  const selected = new Path2D();
  const notes = new Path2D();
  for (const node of state.nodeLookup.values()) {
    const rect = rectOf(node);
    if (!intersects(rect, view)) continue;
    const path = node.type === 'group' ? groups : node.selected ? selected : node.type === 'note' ? notes : components;
    path.rect(rect.x, rect.y, rect.width, rect.height);
  }
  const lines = new Path2D();
  for (const edge of state.edges) {
    const source = state.nodeLookup.get(edge.source);
    const target = state.nodeLookup.get(edge.target);
    if (!source || !target) continue;
    const a = rectOf(source);
    const b = rectOf(target);
    const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const to = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(to.x - from.x) + pixel, height: Math.abs(to.y - from.y) + pixel };
    if (!intersects(box, view)) continue;
    lines.moveTo(from.x, from.y);
    lines.lineTo(to.x, to.y);
  }
  context.lineWidth = 1.5 * pixel;
  context.fillStyle = colours.group;
  context.globalAlpha = 0.35;
  context.fill(groups);
  context.globalAlpha = 1;
  context.strokeStyle = colours.group;
  context.stroke(groups);
  context.strokeStyle = colours.edge;
  context.lineWidth = pixel;
  context.stroke(lines);
  context.fillStyle = colours.note;
  context.fill(notes);
  context.fillStyle = colours.component;
  context.fill(components);
  context.fillStyle = colours.selected;
  context.fill(selected);
}

/**
 * The level-of-detail picture of a big board when zoomed out past readable text (`LOD_ZOOM`):
 * one <canvas> over the pane, redrawn at most once a frame when the viewport or the nodes change,
 * while the cards themselves are left out of the DOM. Clicks go through it to the pane.
 */
export const LodLayer = memo(function LodLayer({ theme }: { theme: string }) {
  const store = useStoreApi<CanvasFlowNode, BoardFlowEdge>();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const colours = coloursOf(canvas);
    let frame = 0;
    const paint = () => {
      frame = 0;
      draw(canvas, store.getState(), colours);
      canvas.dataset.drawn = 'true';
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(paint);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.nodes !== previous.nodes || state.edges !== previous.edges || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, theme]);
  return <canvas ref={ref} className="board-lod" aria-hidden />;
});
