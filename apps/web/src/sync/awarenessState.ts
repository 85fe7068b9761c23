/** The awareness state every client publishes (the server relays it untouched). */
export interface AwarenessState {
  user: { name: string; color: string };
  /** Pointer position in flow coordinates, or null when the pointer is off the canvas. */
  cursor: { x: number; y: number } | null;
  /** Ids of the nodes this user has selected. */
  selection: string[];
}

export interface RemotePeer extends AwarenessState {
  clientId: number;
}

/** Reads a remote state defensively: peers may run another version or send junk. */
export function readPeer(clientId: number, raw: unknown): RemotePeer | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const state = raw as Partial<AwarenessState>;
  const user = state.user;
  if (!user || typeof user.name !== 'string' || typeof user.color !== 'string') return null;
  const cursor =
    state.cursor && Number.isFinite(state.cursor.x) && Number.isFinite(state.cursor.y) ? { x: state.cursor.x, y: state.cursor.y } : null;
  const selection = Array.isArray(state.selection) ? state.selection.filter((s): s is string => typeof s === 'string') : [];
  return { clientId, user: { name: user.name.slice(0, 60), color: /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#888888' }, cursor, selection };
}

/** Which clients an awareness `change` event names. */
export interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Whether an awareness change touches anyone but this client: our own cursor changes on every
 * pointer move (a pan's too), and that alone changes no peer that `usePeers` shows.
 *
 * @example changesPeers({ added: [], updated: [7], removed: [] }, 7) // false
 */
export function changesPeers({ added, updated, removed }: AwarenessChange, ownClientId: number): boolean {
  return [added, updated, removed].some((ids) => ids.some((id) => id !== ownClientId));
}
