import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNodeSummary } from '../analysis/AnalysisContext';
import { loadLevel } from '../analysis/loadLevel';
import { NodeMarks } from '../analysis/NodeMarks';
import { useThemeContext } from '../../theme/ThemeContext';
import { useBoard } from '../BoardContext';
import { KIND_LOOK } from '../catalogue';
import type { BoardFlowNode } from './flowTypes';
import { iconImage } from './iconImage';
import { LabelEditor } from './LabelEditor';
import { NodeHandles } from './NodeHandles';
import { RemoteOutline } from './RemoteOutline';
import { instancesDescriptionId } from './toFlow';

/** A system component: icon tile, label, kind, and ×N when it runs several instances. Double-click renames it. */
export const ComponentNode = memo(function ComponentNode({ id, data, selected }: NodeProps<BoardFlowNode>) {
  const { t } = useTranslation();
  const { readOnly, editingId } = useBoard();
  const { theme } = useThemeContext();
  const look = KIND_LOOK[data.kind];
  const { summary, showLoad } = useNodeSummary(id);
  const load = showLoad && summary.utilization !== null ? loadLevel(summary.utilization) : undefined;
  return (
    <div className={`component-node${selected ? ' is-selected' : ''}`} data-accent={look.accent} data-load={load} data-failed={summary.failed || undefined}>
      <span className="component-icon" aria-hidden>
        <img src={iconImage(data.kind, theme)} width={18} height={18} alt="" draggable={false} />
      </span>
      <span className="component-text">
        {editingId === id ? (
          <LabelEditor id={id} label={data.label} />
        ) : (
          <span className="component-title">
            <span className="component-label">{data.label}</span>
            {summary.instances > 1 ? (
              <span id={instancesDescriptionId(id)} className="component-instances">
                <span aria-hidden>×{summary.instances}</span>
                <span className="visually-hidden">{t('node.instances', { count: summary.instances })}</span>
              </span>
            ) : null}
          </span>
        )}
        <span className="component-kind">{data.kindLabel}</span>
        {summary.failed ? <span className="component-down">{t('drills.whatIf.failedNode')}</span> : null}
      </span>
      <RemoteOutline marks={data.remote} />
      <NodeMarks summary={summary} showLoad={showLoad} />
      <NodeHandles label={data.label} connectable={!readOnly} />
    </div>
  );
});
