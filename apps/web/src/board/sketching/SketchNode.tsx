import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { SKETCH_LINE_WIDTH } from '@scaleboard/board';
import type { SketchFlowNode } from '../canvas/flowTypes';

/** How wide a shape's line is for the pointer, in board units. */
const HIT_WIDTH = 12;

/**
 * A pen stroke or a sketch shape on the canvas: the paths packages/board draws for the exports
 * (`sketchPaths`), in the text colour of the theme, inside the sketch's box.
 */
export const SketchNode = memo(function SketchNode({ data, selected, width, height }: NodeProps<SketchFlowNode>) {
  return (
    <svg className={`sketch-node${selected ? ' is-selected' : ''}`} width={width} height={height} data-sketch={data.shape} aria-hidden>
      {/* A thin line is hard to hit: a wide invisible copy takes the pointer for it. */}
      {data.paths.line ? <path d={data.paths.line} fill="none" stroke="transparent" strokeWidth={HIT_WIDTH} /> : null}
      {data.paths.line ? <path d={data.paths.line} fill="none" stroke="currentColor" strokeWidth={SKETCH_LINE_WIDTH} strokeLinecap="round" strokeLinejoin="round" /> : null}
      {data.paths.fill ? <path d={data.paths.fill} fill="currentColor" /> : null}
    </svg>
  );
});
