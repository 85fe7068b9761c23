import type { Connection, FinalConnectionState } from '@xyflow/react';
import { useCallback } from 'react';
import * as Y from 'yjs';
import { addEdge, edgesOf } from '@scaleboard/board';
import { useBoard } from '../BoardContext';
import { newId } from './naming';

/**
 * Connecting: drag from a node's connector and drop on another node's connector, or anywhere on
 * the other node. New connections are `sync`; a duplicate of an existing one is ignored.
 */
export function useConnect() {
  const { doc, origin, readOnly } = useBoard();
  const connect = useCallback(
    (from: string, to: string) => {
      if (readOnly || from === to) return;
      // instanceof: the map may hold values that are not edges (an old log), which must not throw here.
      for (const yedge of edgesOf(doc).values()) if (yedge instanceof Y.Map && yedge.get('from') === from && yedge.get('to') === to) return;
      addEdge(doc, { id: newId('edge'), from, to, kind: 'sync' }, origin);
    },
    [doc, origin, readOnly],
  );
  const onConnect = useCallback((c: Connection) => connect(c.source, c.target), [connect]);
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      // elementsFromPoint, not elementFromPoint: the connection line itself ends under the pointer.
      const target = document
        .elementsFromPoint(point.clientX, point.clientY)
        .map((element) => element.closest<HTMLElement>('.react-flow__node'))
        .find((element) => element !== null);
      const to = target?.dataset.id;
      if (to && !target.classList.contains('react-flow__node-group')) connect(state.fromNode.id, to);
    },
    [connect],
  );
  return { onConnect, onConnectEnd };
}
