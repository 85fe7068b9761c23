import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateEdge } from '@scaleboard/board';
import { MAX_LABEL_LENGTH } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { edgeLabelEdit } from './edgeLabelEdit';

/**
 * A connection's label typed in place: Enter (or leaving the field) saves, Escape cancels, an
 * empty field removes the label. Written with this user's origin, so their undo takes it back.
 */
export function EdgeLabelEditor({ id, label }: { id: string; label: string | undefined }) {
  const { t } = useTranslation();
  const { doc, origin, setEditingEdgeId } = useBoard();
  const [value, setValue] = useState(label ?? '');
  const commit = () => {
    const edit = edgeLabelEdit(label, value);
    if (edit) updateEdge(doc, id, edit, origin);
    setEditingEdgeId(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') setEditingEdgeId(null);
    else if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  };
  return (
    <input
      className="label-editor edge-label-editor nodrag nopan nowheel"
      aria-label={t('edge.labelField')}
      placeholder={t('edge.labelPlaceholder')}
      value={value}
      autoFocus
      maxLength={MAX_LABEL_LENGTH}
      size={Math.min(40, Math.max(12, value.length + 2))}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={onKeyDown}
      onChange={(e) => setValue(e.target.value)}
    />
  );
}
