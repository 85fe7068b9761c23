import { NodeResizer, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useBoard } from '../BoardContext';
import { KIND_LOOK } from '../catalogue';
import type { BoardFlowNode } from './flowTypes';
import { LabelEditor } from './LabelEditor';
import { RemoteOutline } from './RemoteOutline';

/** A network or region: a resizable area that components are dropped into. */
export const GroupNode = memo(function GroupNode({ id, data, selected }: NodeProps<BoardFlowNode>) {
  const { readOnly, editingId } = useBoard();
  const look = KIND_LOOK[data.kind];
  const Icon = look.icon;
  return (
    <div className={`group-node${selected ? ' is-selected' : ''}`} data-kind={data.kind} data-accent={look.accent}>
      <NodeResizer
        isVisible={selected && !readOnly}
        minWidth={200}
        minHeight={120}
        lineClassName="group-resize-line"
        handleClassName="group-resize-handle"
      />
      <div className="group-header">
        <Icon size={14} strokeWidth={2.2} aria-hidden />
        {editingId === id ? <LabelEditor id={id} label={data.label} /> : <span className="group-label">{data.label}</span>}
        <span className="group-kind">{data.kindLabel}</span>
      </div>
      <RemoteOutline marks={data.remote} />
    </div>
  );
});
