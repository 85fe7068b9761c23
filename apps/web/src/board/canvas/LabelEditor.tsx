import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateNode } from '@scaleboard/board';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';

/** Inline rename: Enter (or leaving the field) saves, Escape cancels. */
export function LabelEditor({ id, label, multiline = false }: { id: string; label: string; multiline?: boolean }) {
  const { t } = useTranslation();
  const { doc, origin, setEditingId } = useBoard();
  const [value, setValue] = useState(label);
  const commit = () => {
    const next = multiline ? value : value.trim();
    if (next && next !== label) updateNode(doc, id, { label: next }, origin);
    setEditingId(null);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') setEditingId(null);
    else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    className: `label-editor nodrag nopan nowheel${multiline ? ' is-multiline' : ''}`,
    'aria-label': t('node.rename', { label }),
    value,
    autoFocus: true,
    // Multiline is a note's text; the board file's limits, so an edit is never refused by the server.
    maxLength: multiline ? MAX_NOTE_LENGTH : MAX_LABEL_LENGTH,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? (
    <textarea {...common} rows={4} onChange={(e) => setValue(e.target.value)} />
  ) : (
    <input {...common} onChange={(e) => setValue(e.target.value)} />
  );
}
