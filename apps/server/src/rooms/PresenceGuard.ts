import type { Limits } from '../config';
import type { AwarenessEntry } from '../sync/yMessages';
import type { RoomSession } from './RoomSession';

export type PresenceLimits = Pick<Limits, 'maxPresenceClientsPerSession' | 'maxPresenceStateBytes'>;

/** Why an awareness update was dropped; the metric label of `messagesRejected`. */
export type PresenceRefusal = 'awareness-of-another' | 'presence-too-many-clients' | 'presence-too-large' | 'presence-leading-not-owner';

/**
 * Who speaks for which awareness client id in one room, and what one session may announce.
 * A session owns the ids it set a state for (first or again, after a reconnect) until it
 * clears them or leaves; another session's update for an owned id is dropped, whole. Each
 * session holds a few ids (one per tab's document) with small states, so one client cannot
 * make the room push megabytes of fake presence to everyone else and to every joiner.
 *
 * @example const refusal = guard.check(session, entries); if (!refusal) applyAwarenessUpdate(…)
 */
export class PresenceGuard {
  private readonly ownerOf = new Map<number, RoomSession>();
  private readonly owned = new Map<RoomSession, Set<number>>();

  constructor(private readonly limits: PresenceLimits) {}

  /** Null when `session` may send these entries; else why not. Linear in the entries. */
  check(session: RoomSession, entries: readonly AwarenessEntry[]): PresenceRefusal | null {
    const mine = this.owned.get(session);
    const claiming = new Set<number>();
    for (const { clientId, state, stateBytes } of entries) {
      if (stateBytes > this.limits.maxPresenceStateBytes) return 'presence-too-large';
      // Only the owner may ask everyone to follow; joiners trust `leading`, so nobody else may say it.
      if (session.role !== 'owner' && (state as { leading?: unknown } | null)?.leading === true) return 'presence-leading-not-owner';
      const owner = this.ownerOf.get(clientId);
      if (owner && owner !== session) return 'awareness-of-another';
      if (!owner && state !== null) claiming.add(clientId);
    }
    if ((mine?.size ?? 0) + claiming.size > this.limits.maxPresenceClientsPerSession) return 'presence-too-many-clients';
    return null;
  }

  /** `session`'s update set these ids' states (added or changed): they are its own now. */
  claim(session: RoomSession, clientIds: readonly number[]): void {
    let mine = this.owned.get(session);
    if (!mine) this.owned.set(session, (mine = new Set()));
    for (const id of clientIds) {
      this.ownerOf.set(id, session);
      mine.add(id);
    }
  }

  /** These ids' states were removed (by their owner, a timeout or another instance). */
  release(clientIds: readonly number[]): void {
    for (const id of clientIds) {
      const owner = this.ownerOf.get(id);
      this.ownerOf.delete(id);
      if (owner) this.owned.get(owner)?.delete(id);
    }
  }

  /** The awareness client ids `session` holds. */
  clientIdsOf(session: RoomSession): ReadonlySet<number> {
    return this.owned.get(session) ?? new Set();
  }

  /** Forgets `session`; returns the ids it held, whose states the room removes. */
  leave(session: RoomSession): number[] {
    const ids = Array.from(this.owned.get(session) ?? []);
    this.owned.delete(session);
    for (const id of ids) this.ownerOf.delete(id);
    return ids;
  }
}
