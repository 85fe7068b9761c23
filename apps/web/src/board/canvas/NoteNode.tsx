import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useBoard } from '../BoardContext';
import type { BoardFlowNode } from './flowTypes';
import { LabelEditor } from './LabelEditor';
import { NodeHandles } from './NodeHandles';
import { RemoteOutline } from './RemoteOutline';

/** A free-text sticky note, or free text without the paper (`style: 'text'`); its label is the text. */
export const NoteNode = memo(function NoteNode({ id, data, selected }: NodeProps<BoardFlowNode>) {
  const { readOnly, editingId } = useBoard();
  return (
    <div className={`note-node${data.note?.text ? ' is-text' : ''}${data.note?.mono ? ' is-mono' : ''}${selected ? ' is-selected' : ''}`}>
      {editingId === id ? <LabelEditor id={id} label={data.label} multiline /> : <p className="note-text">{data.label}</p>}
      <RemoteOutline marks={data.remote} />
      <NodeHandles label={data.label} connectable={!readOnly} />
    </div>
  );
});
