import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setTitle } from '@scaleboard/board';
import { MAX_TITLE_LENGTH } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';

/** The board title, edited in place; saved on Enter or blur, Escape restores it. */
export function TitleField({ title, readOnly }: { title: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { doc, origin } = useBoard();
  const [draft, setDraft] = useState<string | null>(null);
  const shown = title || t('landing.untitled');
  if (readOnly) return <h1 className="title-text">{shown}</h1>;
  const commit = () => {
    const next = draft?.trim();
    if (next && next !== title) setTitle(doc, next.slice(0, 200), origin);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      setDraft(null);
      requestAnimationFrame(() => (document.activeElement as HTMLElement | null)?.blur());
    }
  };
  return (
    <input
      className="title-input"
      aria-label={t('board.titleLabel')}
      value={draft ?? shown}
      size={Math.max(8, Math.min(40, (draft ?? shown).length + 1))}
      maxLength={MAX_TITLE_LENGTH}
      onFocus={(e) => {
        setDraft(title);
        e.currentTarget.select();
      }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
