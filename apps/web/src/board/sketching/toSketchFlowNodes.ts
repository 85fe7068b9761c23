import { sketchBounds, sketchPaths, type BoxOf } from '@scaleboard/board';
import type { BoardSketch, SketchShape } from '@scaleboard/rules';
import { SKETCH_FLOW_PREFIX, type SketchFlowNode } from '../canvas/flowTypes';

/**
 * The sketches as xyflow nodes, each in its box, so selecting, box-selecting and dragging them go
 * with the components'. An arrow attached to a component ends on its border (`boxOf`).
 *
 * @example toSketchFlowNodes(content.sketches, boxOf, selection.sketches, (shape) => t(`sketch.shapes.${shape}`))
 */
export function toSketchFlowNodes(sketches: readonly BoardSketch[], boxOf: BoxOf, selected: ReadonlySet<string>, ariaLabel: (shape: SketchShape) => string): SketchFlowNode[] {
  return sketches.map((sketch) => {
    const box = sketchBounds(sketch, boxOf);
    return {
      id: SKETCH_FLOW_PREFIX + sketch.id,
      type: 'sketch',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { sketchId: sketch.id, shape: sketch.shape, paths: sketchPaths(sketch, boxOf, box), offset: { x: box.x - sketch.x, y: box.y - sketch.y } },
      selected: selected.has(sketch.id),
      ariaLabel: ariaLabel(sketch.shape),
      connectable: false,
      // Above the cards: ink drawn over the diagram, as in the exports.
      zIndex: 1000,
    };
  });
}

/** The sketch id of a flow node id, or undefined for a component's. */
export function sketchIdOf(flowId: string): string | undefined {
  return flowId.startsWith(SKETCH_FLOW_PREFIX) ? flowId.slice(SKETCH_FLOW_PREFIX.length) : undefined;
}
