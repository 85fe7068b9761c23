import { memo } from 'react';
import { Maximize, Minus, Plus, Redo2, Undo2 } from 'lucide-react';
import { useReactFlow, useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../ui/IconButton';
import { useBoard } from '../BoardContext';
import { useFitBoard } from '../canvas/useFitBoard';
import { modKey } from '../shortcuts/keys';
import type { Undo } from './useUndo';

/** Bottom-left toolbar: undo/redo (editors only) and zoom. */
export const HistoryControls = memo(function HistoryControls({ undo }: { undo: Undo }) {
  const { t } = useTranslation();
  const { readOnly } = useBoard();
  const flow = useReactFlow();
  const { fitBoard } = useFitBoard();
  // The zoom alone: useViewport would render this toolbar again on every pan frame.
  const zoom = useStore((state) => state.transform[2]);
  return (
    <div className="bottom-controls">
      {readOnly ? null : (
        <div className="toolbar" role="toolbar" aria-label={t('history.undo') + ' / ' + t('history.redo')}>
          <IconButton label={t('history.undo')} shortcut={`${modKey} Z`} tooltipSide="top" onClick={undo.undo} disabled={!undo.canUndo}>
            <Undo2 />
          </IconButton>
          <IconButton label={t('history.redo')} shortcut={`${modKey} ⇧ Z`} tooltipSide="top" onClick={undo.redo} disabled={!undo.canRedo}>
            <Redo2 />
          </IconButton>
        </div>
      )}
      <div className="toolbar" role="toolbar" aria-label={t('controls.label')}>
        <IconButton label={t('controls.zoomOut')} shortcut="−" tooltipSide="top" onClick={() => void flow.zoomOut({ duration: 150 })}>
          <Minus />
        </IconButton>
        <button type="button" className="zoom-level" aria-label={t('controls.resetZoom')} onClick={() => void flow.zoomTo(1, { duration: 150 })}>
          {Math.round(zoom * 100)}%
        </button>
        <IconButton label={t('controls.zoomIn')} shortcut="+" tooltipSide="top" onClick={() => void flow.zoomIn({ duration: 150 })}>
          <Plus />
        </IconButton>
        <IconButton label={t('controls.fitView')} shortcut="⇧ 1" tooltipSide="top" onClick={() => void fitBoard(200)}>
          <Maximize />
        </IconButton>
      </div>
    </div>
  );
});
