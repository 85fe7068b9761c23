import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnknownFlowNode } from './flowTypes';

/**
 * A plain box for a node this version cannot read (a newer client's component, or fields of the
 * wrong type): shown so nobody draws over it unknowingly, never edited here.
 */
export const UnknownNode = memo(function UnknownNode({ data }: NodeProps<UnknownFlowNode>) {
  const { t } = useTranslation();
  return (
    <div className="unknown-node" title={data.kind ? t('node.unknownKind', { kind: data.kind }) : undefined}>
      <span className="component-label">{data.label || t('node.unknown')}</span>
      <span className="component-kind">{t('node.unknown')}</span>
    </div>
  );
});
