import { BaseEdge, EdgeLabelRenderer, getBezierPath, useStore, type EdgeProps } from '@xyflow/react';
import { useMemo } from 'react';
import { useNodeSummary } from '../analysis/AnalysisContext';
import { useBoard } from '../BoardContext';
import { loadLevel } from '../analysis/loadLevel';
import type { BoardFlowEdge } from './flowTypes';
import { endsSelector, sameEnds } from './edgeEnds';
import { EdgeLabelEditor } from './EdgeLabelEditor';
import { floatingEdgeEnds } from './floatingEdge';

/**
 * A connection between two components, attached to their borders. Sync is solid with an arrow,
 * async dashed with an arrow, replication dotted with arrows at both ends.
 */
export function BoardEdgeView({ id, source, target, data, selected }: EdgeProps<BoardFlowEdge>) {
  const selectEnds = useMemo(() => endsSelector(source, target), [source, target]);
  const ends = useStore(selectEnds, sameEnds);
  // With the load overlay on, an edge takes the colour of what it feeds.
  const { summary, showLoad } = useNodeSummary(target);
  const { editingEdgeId, setEditingEdgeId, readOnly } = useBoard();
  const editing = editingEdgeId === id;
  if (!ends) return null;
  const { source: start, target: end } = floatingEdgeEnds(ends[0], ends[1]);
  const [path, labelX, labelY] = getBezierPath({
    sourceX: start.x,
    sourceY: start.y,
    sourcePosition: start.position,
    targetX: end.x,
    targetY: end.y,
    targetPosition: end.position,
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
      {editing || data?.label ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-label nodrag nopan${editing ? ' is-editing' : ''}`}
            data-edge-label={id}
            onDoubleClick={readOnly || editing ? undefined : () => setEditingEdgeId(id)}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {editing ? <EdgeLabelEditor id={id} label={data?.label} /> : data?.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}
