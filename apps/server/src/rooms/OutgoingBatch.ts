import * as Y from 'yjs';
import type { Metrics } from '../ops/metrics';
import type { UpdateAuthor } from '../storage/BoardStore';
import { encodeSyncUpdate } from '../sync/yMessages';
import type { RoomSession } from './RoomSession';
import type { UpdateLog } from './UpdateLog';

interface Pending {
  update: Uint8Array;
  origin: unknown;
}

/**
 * A room's outgoing document updates, coalesced. Everything the room accepts in one event-loop
 * turn reaches each session as one merged frame (never its own edits back), flushed on
 * `setImmediate` so nothing waits for a timer. Local edits go to the durable log merged too,
 * and while one append is in flight the next ones gather behind it (group commit): a busy
 * board costs one database write per round trip, not one per edit. With a commit window, an
 * append also starts no sooner than `commitWindowMs` after the one before started: the embedded
 * database answers within the same turn, so without it a busy board made one write per edit.
 * The sessions are sent every edit at once either way; only the log waits. What is durable is
 * relayed to other instances as the same merged update, so they receive fewer, larger messages.
 * They see an edit only once it is durable, so the window applies only while the last relay
 * reached no other instance: a board's people are all here (nginx sends a board's sockets to its
 * home instance), and nobody waits for the log. Another instance that opens the board meanwhile
 * first asks this one to store what it holds (StoreRequest), which also ends the window.
 *
 * @example const batch = new OutgoingBatch(sessions, log, (u) => relay.publish(id, 'update', u), metrics); batch.add(update, session, true)
 */
export class OutgoingBatch {
  private pending: Pending[] = [];
  private scheduled: NodeJS.Immediate | undefined;
  /** Local updates not yet handed to the log, and who made them. */
  private toLog: Uint8Array[] = [];
  private authors = new Map<string, UpdateAuthor>();
  /** The log's seq of the last append this batch made durable: the newest version it wrote. */
  lastDurableSeq = 0;
  private writing = false;
  private lastAppendAt = Number.NEGATIVE_INFINITY;
  private windowTimer: NodeJS.Timeout | undefined;
  /** Whether the last relay reached no other instance (not known before the first: no window). */
  private alone = false;

  constructor(
    private readonly sessions: { keys(): Iterable<RoomSession> },
    private readonly log: UpdateLog,
    /** Relays a durable update; resolves with how many other instances received it (undefined: not known). */
    private readonly publish: (update: Uint8Array) => Promise<number | undefined>,
    private readonly metrics: Pick<Metrics, 'updatesBroadcast'>,
    private readonly commitWindowMs = 0,
  ) {}

  /**
   * Queues an applied update from `origin`; `durable` ones (from local sessions) are logged, with
   * their `author` (the history's "who"), and relayed.
   */
  add(update: Uint8Array, origin: unknown, durable: boolean, author?: UpdateAuthor): void {
    this.pending.push({ update, origin });
    if (durable) {
      this.toLog.push(update);
      if (author) this.authors.set(`${author.role}\u0000${author.name}`, author);
    }
    this.scheduled ??= setImmediate(this.send);
  }

  /** Sends what is queued now, and resolves once every queued local update is durable. */
  async flush(): Promise<void> {
    this.send();
    do {
      // Past the window: whoever waits for durability (a restore, a closing room) waits for no timer.
      this.writeLog(true);
      await this.log.flush();
    } while (this.writing || this.toLog.length > 0);
  }

  private readonly send = (): void => {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const pending = this.pending;
    this.pending = [];
    if (pending.length > 0) this.fanOut(pending);
    this.writeLog();
  };

  /**
   * Merges each origin's updates once, then those few merged updates per session. Merging every
   * session's "all but mine" from the single updates cost sessions × updates², as Y.mergeUpdates
   * re-sorts its inputs for each run it writes: a turn that read a backlog of 3,000 moves from 10
   * writers took 3.5 s of CPU to fan out, and made the next backlog larger (docs/BENCHMARKS.md,
   * "sync hot path"); grouped, 44–72 ms.
   */
  private fanOut(pending: Pending[]): void {
    // Most turns hold one origin's updates (a move): all but that origin get them, as below, with
    // none of the grouping's maps and arrays (they showed in CPU profiles, docs/BENCHMARKS.md).
    const first = pending[0]!.origin;
    if (pending.every(({ origin }) => origin === first)) {
      this.sendToAllBut(first, encodeSyncUpdate(merge(pending.map(({ update }) => update))));
      return;
    }
    const byOrigin = new Map<unknown, Uint8Array[]>();
    for (const { update, origin } of pending) {
      const updates = byOrigin.get(origin);
      if (updates) updates.push(update);
      else byOrigin.set(origin, [update]);
    }
    const merged = new Map(Array.from(byOrigin, ([origin, updates]) => [origin, merge(updates)] as const));
    const all = encodeSyncUpdate(merge([...merged.values()]));
    let sent = 0;
    for (const session of this.sessions.keys()) {
      // A session that sent some of these gets the others' only; it has its own already.
      const message = merged.has(session) ? without(merged, session) : all;
      if (!message) continue;
      session.send(message);
      sent++;
    }
    this.metrics.updatesBroadcast.inc(sent);
  }

  /** Sends `message` to every session but `origin` (which has those edits already). */
  private sendToAllBut(origin: unknown, message: Uint8Array): void {
    let sent = 0;
    for (const session of this.sessions.keys()) {
      if (session === origin) continue;
      session.send(message);
      sent++;
    }
    this.metrics.updatesBroadcast.inc(sent);
  }

  /** Another instance has opened the board: appends start at once until a relay again reaches nobody. */
  shared(): void {
    this.alone = false;
  }

  /** Stops the window's timer (the room is gone; `flush` first to store what is queued). */
  stop(): void {
    clearTimeout(this.windowTimer);
    this.windowTimer = undefined;
  }

  /**
   * One append at a time, each taking every local update that arrived while the last was stored
   * or its window was open; `now` skips the window (a flush).
   */
  private writeLog(now = false): void {
    if (this.writing || this.toLog.length === 0) return;
    const wait = this.alone ? this.lastAppendAt + this.commitWindowMs - performance.now() : 0;
    if (!now && wait > 0) {
      this.windowTimer ??= setTimeout(() => {
        this.windowTimer = undefined;
        this.writeLog();
      }, wait);
      return;
    }
    this.stop();
    this.lastAppendAt = performance.now();
    const update = merge(this.toLog);
    const authors = [...this.authors.values()];
    this.toLog = [];
    this.authors = new Map();
    this.writing = true;
    // Relayed only once durable: an instance that subscribes and then reads the log misses nothing.
    this.log.append(update, authors, (logged) => {
      this.lastDurableSeq = logged.seq;
      void this.publish(update).then((others) => (this.alone = others === 0));
    });
    void this.log.flush().then(() => {
      this.writing = false;
      this.writeLog();
    });
  }
}

function without(merged: ReadonlyMap<unknown, Uint8Array>, session: RoomSession): Uint8Array | undefined {
  const others = Array.from(merged).flatMap(([origin, update]) => (origin === session ? [] : [update]));
  return others.length > 0 ? encodeSyncUpdate(merge(others)) : undefined;
}

/** Past this many inputs one `Y.mergeUpdates` costs more than a tree of smaller merges… */
const MERGE_FAN_IN = 64;
/** …of this many each. */
const MERGE_GROUP = 8;

/**
 * `Y.mergeUpdates`, in a tree of groups of `MERGE_GROUP` when there are more than `MERGE_FAN_IN`:
 * one call re-sorts all its inputs for every run it writes, so the 3,000 moves of a backlog turn
 * (10 writers) took 190 ms to merge at once and 31 ms so (docs/BENCHMARKS.md, "sync hot path").
 */
function merge(updates: Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0] as Uint8Array;
  if (updates.length <= MERGE_FAN_IN) return Y.mergeUpdates(updates);
  const groups: Uint8Array[] = [];
  for (let start = 0; start < updates.length; start += MERGE_GROUP) groups.push(merge(updates.slice(start, start + MERGE_GROUP)));
  return merge(groups);
}
