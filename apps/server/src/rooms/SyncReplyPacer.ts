import type { RoomSession } from './RoomSession';

interface Cooling {
  timer: NodeJS.Timeout;
  /** The latest state vector asked for while cooling; answered when the interval ends. */
  waiting: Uint8Array | null;
}

/**
 * Answers each session's sync step 1 at most once per interval. An honest y-websocket client
 * asks once per connection and on a resync; asking faster earns one answer when the interval
 * has passed, for the latest state vector. Each answer may be the whole board, so without this
 * a client can make the server encode megabytes hundreds of times a second.
 *
 * @example const pacer = new SyncReplyPacer(1000, (s, sv) => s.send(encodeSyncStep2(wholeState.missingFrom(sv))), () => metrics.syncStep1Coalesced.inc())
 */
export class SyncReplyPacer {
  private readonly cooling = new Map<RoomSession, Cooling>();

  constructor(
    private readonly intervalMs: number,
    private readonly answer: (session: RoomSession, stateVector: Uint8Array) => void,
    private readonly onCoalesced: () => void,
  ) {}

  request(session: RoomSession, stateVector: Uint8Array): void {
    const cooling = this.cooling.get(session);
    if (!cooling) return this.reply(session, stateVector);
    cooling.waiting = stateVector;
    this.onCoalesced();
  }

  /** Drops the session's pending answer (it left). */
  forget(session: RoomSession): void {
    const cooling = this.cooling.get(session);
    if (cooling) clearTimeout(cooling.timer);
    this.cooling.delete(session);
  }

  stop(): void {
    for (const session of Array.from(this.cooling.keys())) this.forget(session);
  }

  private reply(session: RoomSession, stateVector: Uint8Array): void {
    this.answer(session, stateVector);
    if (this.intervalMs <= 0) return;
    const cooling: Cooling = {
      waiting: null,
      timer: setTimeout(() => {
        this.cooling.delete(session);
        if (cooling.waiting) this.reply(session, cooling.waiting);
      }, this.intervalMs),
    };
    this.cooling.set(session, cooling);
  }
}
