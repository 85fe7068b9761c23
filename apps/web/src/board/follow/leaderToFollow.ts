import type { Member } from '@scaleboard/protocol';

/**
 * The member someone joining should follow: a peer whose presence says it leads, but only if
 * the server's roster lists that member as the board's owner. Presence is written by each
 * client; the roster's roles come from the keys the server checked.
 *
 * @example leaderToFollow(awareness.getStates(), awareness.clientID, roster) // 'socket-id-of-the-owner' or null
 */
export function leaderToFollow(states: ReadonlyMap<number, unknown>, ownClientId: number, roster: readonly Member[]): string | null {
  const owners = new Set(roster.filter((m) => m.role === 'owner').map((m) => m.id));
  for (const [clientId, raw] of states) {
    const peer = raw as { leading?: unknown; member?: unknown } | null;
    if (clientId === ownClientId || peer?.leading !== true || typeof peer.member !== 'string') continue;
    if (owners.has(peer.member)) return peer.member;
  }
  return null;
}
