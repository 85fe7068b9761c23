import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useBoard } from '../BoardContext';
import { KIND_LOOK } from '../catalogue';
import type { BoardFlowNode } from './flowTypes';
import { LabelEditor } from './LabelEditor';
import { NodeHandles } from './NodeHandles';
import { RemoteOutline } from './RemoteOutline';

/** A system component: icon tile, label, kind. Double-click renames it. */
export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<BoardFlowNode>) {
  const { readOnly, editingId } = useBoard();
  const look = KIND_LOOK[data.kind];
  const Icon = look.icon;
  return (
    <div className={`component-node${selected ? ' is-selected' : ''}`} data-accent={look.accent}>
      <span className="component-icon" aria-hidden>
        <Icon size={18} strokeWidth={2} />
      </span>
      <span className="component-text">
        {editingId === id ? <LabelEditor id={id} label={data.label} /> : <span className="component-label">{data.label}</span>}
        <span className="component-kind">{data.kindLabel}</span>
      </span>
      <RemoteOutline marks={data.remote} />
      <NodeHandles label={data.label} connectable={!readOnly} />
    </div>
  );
});
