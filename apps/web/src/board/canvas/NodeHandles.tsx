import { Handle, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/** Four connectors (any can start or end a connection; edges float to the nearest border). */
export function NodeHandles({ label, connectable }: { label: string; connectable: boolean }) {
  const { t } = useTranslation();
  if (!connectable) return null;
  return (
    <>
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="node-handle" aria-label={t('node.connect', { label })} />
      ))}
    </>
  );
}
