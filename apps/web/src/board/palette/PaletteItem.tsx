import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '@scaleboard/rules';
import { KIND_LOOK } from '../catalogue';
import { KIND_MIME } from '../canvas/usePlaceNode';

/** One palette entry: a button you can click (adds at the centre) or drag onto the canvas; `top` marks the search's first match, which Enter adds. */
export function PaletteItem({ kind, onAdd, top = false }: { kind: NodeKind; onAdd: (kind: NodeKind) => void; top?: boolean }) {
  const { t } = useTranslation();
  const look = KIND_LOOK[kind];
  const Icon = look.icon;
  const name = t(`kinds.${kind}`);
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
    </button>
  );
}
