import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindName, type NodeKind } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { KIND_LOOK } from '../catalogue';
import { KIND_MIME } from '../canvas/usePlaceNode';

interface PaletteItemProps {
  kind: NodeKind;
  onAdd: (kind: NodeKind) => void;
  /** The search's first match, which Enter adds. */
  top?: boolean;
  /** The word a search found this kind by, when it is not the kind's name ("redis"). */
  matched?: string;
}

/** One palette entry: a button you can click (adds at the centre) or drag onto the canvas. */
export function PaletteItem({ kind, onAdd, top = false, matched }: PaletteItemProps) {
  const { t } = useTranslation();
  const look = KIND_LOOK[kind];
  const Icon = look.icon;
  const name = kindName(kind, useRulesLang());
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(KIND_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <button
      type="button"
      className="palette-item"
      data-accent={look.accent}
      data-top={top ? '' : undefined}
      aria-label={t('palette.add', { kind: name })}
      title={t('palette.add', { kind: name })}
      draggable
      onDragStart={onDragStart}
      onClick={() => onAdd(kind)}
    >
      <span className="palette-icon" aria-hidden>
        <Icon size={16} strokeWidth={2} />
      </span>
      <span className="palette-name">{name}</span>
      {matched ? <span className="palette-matched">{t('paletteSearch.matched', { name: matched })}</span> : null}
    </button>
  );
}
