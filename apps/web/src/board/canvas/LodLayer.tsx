import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { BoardFlowEdge, CanvasFlowNode } from './flowTypes';
import type { BoardPicture, PictureLook } from './boardPicture';
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

/** The picture's largest cached bitmap, device pixels: beyond it the layer draws straight to the screen. */
const MAX_CACHE_PIXELS = 16 * 1024 * 1024;

/**
 * Traces the board as shapes — groups as outlined areas, cards as filled boxes, connections as
 * straight lines between their centres — in a handful of canvas calls: one path per colour,
 * whatever the number of elements, and only what meets `within`.
 */
function paint(context: CanvasRenderingContext2D, picture: BoardPicture, colours: Colours, within: Rect, zoom: number) {
  const pixel = 1 / zoom;
  const paths: Record<PictureLook, Path2D> = { group: new Path2D(), component: new Path2D(), selected: new Path2D(), note: new Path2D() };
  for (const { rect, look } of picture.nodes.values()) {
    if (intersects(rect, within)) paths[look].rect(rect.x, rect.y, rect.width, rect.height);
  }
  const { group: groups, component: components, selected, note: notes } = paths;
  const lines = new Path2D();
  for (const edge of picture.edges) {
    const a = picture.nodes.get(edge.from)?.rect;
    const b = picture.nodes.get(edge.to)?.rect;
    if (!a || !b) continue;
    const from = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const to = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(to.x - from.x) + pixel, height: Math.abs(to.y - from.y) + pixel };
    if (!intersects(box, within)) continue;
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

/** The whole board drawn once at one zoom; a pan only moves it. */
interface Cache {
  bitmap: HTMLCanvasElement;
  picture: BoardPicture;
  zoom: number;
  ratio: number;
  bounds: Rect;
}

/** Every node's box with a 2-unit margin, so the cached bitmap keeps the outlines at its edges. */
function boardBounds(picture: BoardPicture): Rect {
  const { bounds } = picture;
  return bounds ? { x: bounds.x - 2, y: bounds.y - 2, width: bounds.width + 4, height: bounds.height + 4 } : { x: 0, y: 0, width: 0, height: 0 };
}

/**
 * Draws one frame. While the zoom holds still (a pan), the board is drawn once into a bitmap at
 * that zoom and each frame only copies it to its new place — one call, whatever the board's size.
 * While the zoom changes, or where the bitmap would be too large, it draws what is in view.
 */
function draw(canvas: HTMLCanvasElement, state: ReactFlowState<CanvasFlowNode, BoardFlowEdge>, picture: BoardPicture, colours: Colours, memory: { cache: Cache | null; lastZoom: number }) {
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
  const steady = zoom === memory.lastZoom;
  memory.lastZoom = zoom;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width, height);
  let cache = memory.cache;
  if (cache && (cache.picture !== picture || cache.zoom !== zoom || cache.ratio !== ratio)) cache = memory.cache = null;
  if (!cache && steady) {
    const bounds = boardBounds(picture);
    const scale = zoom * ratio;
    const bitmapWidth = Math.ceil(bounds.width * scale);
    const bitmapHeight = Math.ceil(bounds.height * scale);
    if (bitmapWidth > 0 && bitmapHeight > 0 && bitmapWidth * bitmapHeight <= MAX_CACHE_PIXELS) {
      const bitmap = document.createElement('canvas');
      bitmap.width = bitmapWidth;
      bitmap.height = bitmapHeight;
      const drawing = bitmap.getContext('2d');
      if (drawing) {
        drawing.setTransform(scale, 0, 0, scale, -bounds.x * scale, -bounds.y * scale);
        paint(drawing, picture, colours, bounds, zoom);
        cache = memory.cache = { bitmap, picture, zoom, ratio, bounds };
      }
    }
  }
  if (cache) {
    context.drawImage(cache.bitmap, Math.round((tx + cache.bounds.x * zoom) * ratio), Math.round((ty + cache.bounds.y * zoom) * ratio));
    return;
  }
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  paint(context, picture, colours, viewportRect(state.transform, state.width, state.height), zoom);
}

/**
 * The level-of-detail picture of a big board when zoomed out past readable text (`LOD_ZOOM`):
 * one <canvas> over the pane, drawn from the board's `BoardPicture`, redrawn at most once a frame
 * when the viewport or the picture changes,
 * while the cards themselves are left out of the DOM. Clicks go through it to the pane. `onDrawn`
 * is called in the frame of each drawing (a new one draws again).
 */
export const LodLayer = memo(function LodLayer({ picture, theme, onDrawn }: { picture: BoardPicture; theme: string; onDrawn?: () => void }) {
  const store = useStoreApi<CanvasFlowNode, BoardFlowEdge>();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    // Read once per theme (the effect's dependency): a theme switch redraws in the new colours.
    const colours = coloursOf(canvas);
    const memory: { cache: Cache | null; lastZoom: number } = { cache: null, lastZoom: Number.NaN };
    let frame = 0;
    const onFrame = () => {
      frame = 0;
      draw(canvas, store.getState(), picture, colours, memory);
      canvas.dataset.drawn = 'true';
      onDrawn?.();
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(onFrame);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store, picture, theme, onDrawn]);
  return <canvas ref={ref} className="board-lod" aria-hidden />;
});
