import { Type } from 'lucide-react';
import { useRef, type DragEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindName, type NodeKind } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { KIND_LOOK } from '../catalogue';
import { KIND_MIME } from '../canvas/usePlaceNode';
import { PRESET_MIME, presetProps, type PresetName } from './palettePresets';

interface PaletteItemProps {
  kind: NodeKind;
  onAdd: (kind: NodeKind, props?: Record<string, unknown>) => void;
  /** Places the kind under a point of the window: where a finger dragging it lifted. */
  onPlaceAt: (kind: NodeKind, screen: { x: number; y: number }, props?: Record<string, unknown>) => void;
  /** A preset of the kind (`PALETTE_PRESETS`): its own name and icon, and its props on what it adds. */
  preset?: PresetName;
  /** The search's first match, which Enter adds. */
  top?: boolean;
  /** The word a search found this kind by, when it is not the kind's name ("redis"). */
  matched?: string;
}

/** How far a finger moves before a touch on an entry is a drag, not a tap (CSS pixels). */
const TOUCH_DRAG_SLOP = 10;

/**
 * One palette entry: a button you can click (adds at the centre) or drag onto the canvas. HTML5
 * drag and drop does not fire for touch, so a finger (or pen) drag is followed with pointer events
 * and places the component where it lifts, if that is over the canvas.
 */
export function PaletteItem({ kind, onAdd, onPlaceAt, top = false, matched, preset }: PaletteItemProps) {
  const { t } = useTranslation();
  const look = KIND_LOOK[kind];
  const Icon = preset === 'text' ? Type : look.icon;
  const kindLabel = kindName(kind, useRulesLang());
  const name = preset ? t(`palette.presets.${preset}`) : kindLabel;
  const props = preset ? presetProps(preset) : undefined;
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(KIND_MIME, kind);
    if (preset) event.dataTransfer.setData(PRESET_MIME, preset);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const touch = useRef<{ id: number; x: number; y: number; dragging: boolean } | null>(null);
  const draggedByTouch = useRef(false);
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.pointerType === 'mouse') return;
    touch.current = { id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
    draggedByTouch.current = false;
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const start = touch.current;
    if (!start || start.id !== event.pointerId || start.dragging) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < TOUCH_DRAG_SLOP) return;
    start.dragging = true;
    event.currentTarget.setAttribute('data-dragging', '');
  };
  const onPointerEnd = (event: PointerEvent<HTMLButtonElement>) => {
    const start = touch.current;
    if (!start || start.id !== event.pointerId) return;
    touch.current = null;
    event.currentTarget.removeAttribute('data-dragging');
    if (!start.dragging || event.type !== 'pointerup') return;
    draggedByTouch.current = true;
    const target = document.elementFromPoint(event.clientX, event.clientY);
    if (target?.closest('.react-flow__pane, .react-flow__node')) onPlaceAt(kind, { x: event.clientX, y: event.clientY }, props);
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
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onClick={() => {
        // The click a finger drag may end with is not a second way to add the component.
        if (draggedByTouch.current) draggedByTouch.current = false;
        else onAdd(kind, props);
      }}
    >
      <span className="palette-icon" aria-hidden>
        <Icon size={16} strokeWidth={2} />
      </span>
      <span className="palette-name">{name}</span>
      {matched ? <span className="palette-matched">{t('paletteSearch.matched', { name: matched })}</span> : null}
    </button>
  );
}
