import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { useNodeSummary } from '../analysis/AnalysisContext';
import { loadLevel } from '../analysis/loadLevel';
import type { BoardFlowEdge } from './flowTypes';
import { floatingEdgeEnds, type Rect } from './floatingEdge';

function rectOf(node: ReturnType<typeof useInternalNode>): Rect | null {
  if (!node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

/**
 * A connection between two components, attached to their borders. Sync is solid with an arrow,
 * async dashed with an arrow, replication dotted with arrows at both ends.
 */
export function BoardEdgeView({ id, source, target, data, selected }: EdgeProps<BoardFlowEdge>) {
  const from = rectOf(useInternalNode(source));
  const to = rectOf(useInternalNode(target));
  // With the load overlay on, an edge takes the colour of what it feeds.
  const { summary, showLoad } = useNodeSummary(target);
  if (!from || !to) return null;
  const ends = floatingEdgeEnds(from, to);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: ends.source.x,
    sourceY: ends.source.y,
    sourcePosition: ends.source.position,
    targetX: ends.target.x,
    targetY: ends.target.y,
    targetPosition: ends.target.position,
    curvature: 0.2,
  });
  const kind = data?.kind ?? 'sync';
  const marker = `url(#sb-arrow${selected ? '-selected' : ''})`;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`board-edge edge-${kind}${selected ? ' is-selected' : ''}`}
        markerEnd={marker}
        {...(kind === 'replication' ? { markerStart: marker } : {})}
        interactionWidth={18}
        {...(showLoad && summary.utilization !== null ? { 'data-load': loadLevel(summary.utilization) } : {})}
      />
      {data?.label ? (
        <EdgeLabelRenderer>
          <div className="edge-label nodrag nopan" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}
