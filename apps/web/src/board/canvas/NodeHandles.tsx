import { Handle, Position } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * Four connectors (any can start or end a connection; edges float to the nearest border).
 * xyflow draws edges only between nodes with handles, so a read-only board keeps them, hidden.
 */
export function NodeHandles({ label, connectable }: { label: string; connectable: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {SIDES.map((side) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={side}
          isConnectable={connectable}
          className={connectable ? 'node-handle' : 'node-handle is-hidden'}
          {...(connectable ? { 'aria-label': t('node.connect', { label }) } : { 'aria-hidden': true })}
        />
      ))}
    </>
  );
}
