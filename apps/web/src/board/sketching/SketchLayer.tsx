import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useRef, useState, type PointerEvent } from 'react';
import { addSketch, sketchPaths, SKETCH_LINE_WIDTH } from '@scaleboard/board';
import type { BoardSketch } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { newId } from '../canvas/naming';
import { usePlaceNode } from '../canvas/usePlaceNode';
import { openWhenShown } from '../canvas/useNoteOnDoubleClick';
import { PALETTE_PRESETS, presetProps } from '../palette/palettePresets';
import { penStroke, shapeSketch } from './sketchFromPointer';
import { shapeOfTool } from './sketchTools';

type Point = { x: number; y: number };

/**
 * While a drawing tool is chosen, a sheet over the canvas takes the pointer: the pen follows it,
 * a shape spans from press to release, and the sketch is written when the pointer lifts — one
 * edit with this person's origin, so their undo takes it back and nobody else's does. The text
 * tool places a text block where it is pressed. The preview is drawn with the same paths as the
 * sketch will be (`sketchPaths`), in screen space over the viewport.
 */
export function SketchLayer() {
  const { doc, origin, readOnly, tool, setTool, setEditingId } = useBoard();
  const flow = useReactFlow();
  const store = useStoreApi();
  const { placeAtScreen } = usePlaceNode();
  const path = useRef<Point[]>([]);
  const attachedFrom = useRef<string | undefined>(undefined);
  const [preview, setPreview] = useState<BoardSketch | null>(null);
  const shape = shapeOfTool(tool);
  if (readOnly || tool === 'select') return null;

  const boardPoint = (event: PointerEvent): Point => flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }, { snapToGrid: false });
  const sketchOf = (points: Point[], to?: string): BoardSketch | undefined => {
    if (!shape || points.length === 0) return undefined;
    if (shape === 'stroke') return penStroke('preview', points);
    return shapeSketch('preview', shape, points[0]!, points[points.length - 1]!, { from: attachedFrom.current, to });
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    if (tool === 'text') {
      openWhenShown(store, placeAtScreen(PALETTE_PRESETS.text.kind, { x: event.clientX, y: event.clientY }, false, presetProps('text')), setEditingId);
      setTool('select');
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    path.current = [boardPoint(event)];
    attachedFrom.current = shape === 'arrow' ? componentUnder(event) : undefined;
    setPreview(sketchOf(path.current) ?? null);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (path.current.length === 0) return;
    // Coalesced events keep a fast pen stroke smooth: the browser batches moves between frames.
    const moves = shape === 'stroke' ? (event.nativeEvent.getCoalescedEvents?.() ?? []) : [];
    for (const move of moves.length ? moves : [event.nativeEvent]) path.current.push(flow.screenToFlowPosition({ x: move.clientX, y: move.clientY }, { snapToGrid: false }));
    setPreview(sketchOf(path.current) ?? null);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (path.current.length === 0) return;
    path.current.push(boardPoint(event));
    const drawn = sketchOf(path.current, shape === 'arrow' ? componentUnder(event) : undefined);
    path.current = [];
    setPreview(null);
    // A click with a shape tool is no shape: a box of no size would be invisible.
    if (!drawn || (drawn.shape !== 'stroke' && drawn.points[2] === 0 && drawn.points[3] === 0)) return;
    addSketch(doc, { ...drawn, id: newId(drawn.shape) }, origin);
  };

  const viewport = flow.getViewport();
  const paths = preview ? sketchPaths(preview) : null;
  return (
    <div className={`sketch-layer is-${tool}`} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp} data-testid="sketch-layer">
      {paths ? (
        <svg className="sketch-preview" aria-hidden>
          <g transform={`translate(${viewport.x} ${viewport.y}) scale(${viewport.zoom})`}>
            {paths.line ? <path d={paths.line} fill="none" stroke="currentColor" strokeWidth={SKETCH_LINE_WIDTH} strokeLinecap="round" /> : null}
            {paths.fill ? <path d={paths.fill} fill="currentColor" /> : null}
          </g>
        </svg>
      ) : null}
    </div>
  );
}

/** The component or note under the pointer, below this sheet: where an arrow's end attaches. */
function componentUnder(event: PointerEvent): string | undefined {
  for (const element of document.elementsFromPoint(event.clientX, event.clientY)) {
    const node = element.closest<HTMLElement>('.react-flow__node');
    const id = node?.dataset.id;
    // Components and notes, not the groups an arrow is drawn inside of, nor other sketches.
    if (id && (node.classList.contains('react-flow__node-component') || node.classList.contains('react-flow__node-note'))) return id;
  }
  return undefined;
}
