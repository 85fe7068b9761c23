import { useMemo } from 'react';
import type { RemotePeer } from '../../sync/awarenessState';
import type { RemoteMark } from './flowTypes';

/** Node id → the peers who have it selected. Stable while selections do not change. */
export function useRemoteMarks(peers: RemotePeer[]): ReadonlyMap<string, RemoteMark[]> {
  const key = JSON.stringify(peers.filter((p) => p.selection.length).map((p) => [p.user.name, p.user.color, p.selection]));
  return useMemo(() => {
    const marks = new Map<string, RemoteMark[]>();
    for (const [name, color, selection] of JSON.parse(key) as Array<[string, string, string[]]>) {
      for (const id of selection) marks.set(id, [...(marks.get(id) ?? []), { name, color }]);
    }
    return marks;
  }, [key]);
}
