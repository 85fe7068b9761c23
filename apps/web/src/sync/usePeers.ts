import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { changesPeers, readPeer, type AwarenessChange, type RemotePeer } from './awarenessState';

/** Everyone else's awareness state (cursor, selection, name, colour), live. */
export function usePeers(awareness: Awareness): RemotePeer[] {
  const cache = useRef<RemotePeer[] | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = (change: AwarenessChange) => {
        if (!changesPeers(change, awareness.clientID)) return;
        cache.current = null;
        onChange();
      };
      awareness.on('change', handler);
      return () => awareness.off('change', handler);
    },
    [awareness],
  );
  const snapshot = useCallback(() => {
    if (!cache.current) {
      const peers: RemotePeer[] = [];
      awareness.getStates().forEach((state, clientId) => {
        if (clientId === awareness.clientID) return;
        const peer = readPeer(clientId, state);
        if (peer) peers.push(peer);
      });
      cache.current = peers;
    }
    return cache.current;
  }, [awareness]);
  return useSyncExternalStore(subscribe, snapshot);
}
