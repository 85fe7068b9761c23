import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import type { Logger } from 'pino';
import type { Limits } from '../config';
import type { Metrics } from '../ops/metrics';
import type { RelayKind, RoomRelay } from '../relay/RoomRelay';
import type { BoardStore, UpdateAuthor } from '../storage/BoardStore';
import { type AwarenessEntry, type DecodedUpdate, decodeClientMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2 } from '../sync/yMessages';
import { LOAD_ORIGIN, loadDocument, structCount } from './loadDocument';
import { OutgoingBatch } from './OutgoingBatch';
import { CLOSE_CODES, type RoomSession } from './RoomSession';
import { PresenceGuard, type PresenceLimits } from './PresenceGuard';
import { StoreRequest } from './StoreRequest';
import { SyncReplyPacer } from './SyncReplyPacer';
import { UpdateGuard, type UpdateGuardLimits } from './UpdateGuard';
import { WholeState } from './WholeState';
import { UpdateLog, foldDocument } from './UpdateLog';

export interface RoomDeps {
  /**
   * The room's own persistence (loadDocument, UpdateLog: ordered appends, compaction, catch-up),
   * not a path around the BoardsService: the service reads live documents from the rooms
   * (RoomRegistry.peek), so rooms that asked the service would make a cycle, and the log's
   * appends have nothing for a service to decide.
   */
  store: BoardStore;
  logger: Logger;
  metrics: Metrics;
  relay: RoomRelay;
  compactEvery: number;
  /** Least time between the starts of two appends of a board's log while no other instance has it open (COMMIT_WINDOW_MS); 0: none. */
  commitWindowMs?: number;
  /** HISTORY_RETENTION_DAYS: history older than this is pruned after each compaction; undefined keeps it all. */
  historyRetentionDays?: number | undefined;
  /** Whether this process is the only writer of `store` (the embedded database): compaction folds the room's own document (`LogPolicy.foldLive`). */
  soleWriter?: boolean;
  /** Board size limits every client update is checked against, and how often a session is resent the board. */
  boardLimits: UpdateGuardLimits & PresenceLimits & Pick<Limits, 'minResyncIntervalMs'>;
}

/** Marks changes that came from another instance (or from the log after a relay gap). */
export const RELAY_ORIGIN = Symbol('relay');

/** The origin of a change the server makes to the live document itself (a restore). */
class ServerChange {
  constructor(readonly author: UpdateAuthor) {}
}

/** A display name as the history keeps it (the awareness state is the client's to fill). */
const MAX_AUTHOR_NAME = 200;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * One board's live state on this instance: the document, the awareness of everyone connected,
 * and the sessions to fan out to. Speaks the y-websocket protocol through `receive`; knows
 * nothing of websockets, and nothing of how the log is stored.
 */
export class BoardRoom {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private readonly sessions = new Set<RoomSession>();
  /** Which session owns which awareness client id; their states are removed when it leaves. */
  private readonly presence: PresenceGuard;
  private readonly log: UpdateLog;
  private readonly outgoing: OutgoingBatch;
  private readonly guard: UpdateGuard;
  /** The whole board, encoded once per change for joining clients and the guard's shadow. */
  private readonly wholeState = new WholeState(this.doc);
  private readonly syncReplies: SyncReplyPacer;
  private readonly storeRequest: StoreRequest;
  private unsubscribe: () => void = () => undefined;

  private constructor(
    readonly boardId: string,
    private readonly deps: RoomDeps,
  ) {
    this.awareness.setLocalState(null);
    this.guard = new UpdateGuard(this.doc, deps.boardLimits, () => this.wholeState.get());
    this.presence = new PresenceGuard(deps.boardLimits);
    this.syncReplies = new SyncReplyPacer(
      deps.boardLimits.minResyncIntervalMs,
      (session, stateVector) => session.send(encodeSyncStep2(this.wholeState.missingFrom(stateVector))),
      () => deps.metrics.syncStep1Coalesced.inc(),
    );
    this.log = new UpdateLog(
      boardId,
      deps.store,
      {
        compactEvery: deps.compactEvery,
        historyRetentionDays: deps.historyRetentionDays,
        // Handed each update as the document takes it (OutgoingBatch), so the document is the log through it.
        ...(deps.soleWriter ? { foldLive: () => foldDocument(this.doc) } : {}),
      },
      deps.logger,
      // The edit lives only in memory now; reconnecting makes every client resend its state.
      () => this.closeAll(CLOSE_CODES.tryAgain, 'could not save the board; reconnecting'),
      (lag) => deps.metrics.persistLag.observe(lag),
    );
    this.outgoing = new OutgoingBatch(this.sessions, this.log, (update) => deps.relay.publish(boardId, 'update', update), deps.metrics, deps.commitWindowMs ?? 0);
    this.storeRequest = new StoreRequest((id) => deps.relay.publish(boardId, 'store', id));
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** @example const room = await BoardRoom.load('abc', deps) */
  static async load(boardId: string, deps: RoomDeps): Promise<BoardRoom> {
    const room = new BoardRoom(boardId, deps);
    // Subscribe before reading the log, so no update falls between the two.
    room.unsubscribe = await deps.relay.subscribe(boardId, room.onRelayMessage);
    try {
      // The others store what their commit windows hold first, so the log read next holds every accepted edit.
      if (!(await room.storeRequest.send())) deps.logger.warn({ boardId }, 'an instance with the board open did not store its edits in time');
      const { tail } = await loadDocument(deps.store, boardId, room.doc);
      room.log.loaded(tail, structCount(room.doc));
    } catch (error) {
      room.destroy();
      throw error;
    }
    // Listened to once loaded: Yjs encodes a transaction for its update listeners, and the load's
    // is the whole board. Until now no session could see an update, and the relay's are not
    // logged: the loaded document holds them.
    room.doc.on('update', room.onDocUpdate);
    return room;
  }

  /**
   * Re-reads the durable log into the live document after the relay may have dropped messages;
   * whatever was missed reaches this instance's clients, and nothing is logged twice.
   */
  async catchUp(): Promise<void> {
    const { doc } = await loadDocument(this.deps.store, this.boardId);
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(this.doc)), RELAY_ORIGIN);
    doc.destroy();
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  join(session: RoomSession): void {
    this.sessions.add(session);
    session.send(encodeSyncStep1(this.doc));
    const states = Array.from(this.awareness.getStates().keys());
    if (states.length > 0) session.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, states)));
  }

  /** Handles one message from a session. Bad bytes close that session only. */
  receive(session: RoomSession, data: Uint8Array): void {
    const decoded = decodeClientMessage(data);
    if (!decoded.ok) {
      this.deps.metrics.messagesRejected.inc({ reason: 'malformed' });
      this.deps.logger.warn({ boardId: this.boardId, session: session.id, reason: decoded.reason }, 'rejected sync message');
      session.close(CLOSE_CODES.badMessage, decoded.reason.slice(0, 120));
      return;
    }
    const message = decoded.message;
    switch (message.type) {
      case 'sync-step1':
        this.syncReplies.request(session, message.stateVector);
        return;
      case 'sync-update':
        if (session.role === 'viewer') {
          this.deps.metrics.updatesDroppedReadOnly.inc();
          return;
        }
        this.applyUpdate(session, message.update, message.decoded);
        return;
      case 'awareness': {
        // Dropped whole (and counted), as y-protocols skips what it cannot read: the sender keeps its connection.
        // y-websocket clients echo every state they receive; an echo changes nothing and is no offence.
        const news = message.entries.filter(this.isNews);
        if (news.length === 0) return;
        const refusal = this.presence.check(session, news);
        if (refusal) {
          this.deps.metrics.messagesRejected.inc({ reason: refusal });
          return;
        }
        applyAwarenessUpdate(this.awareness, message.update, session);
        return;
      }
      case 'query-awareness':
        session.send(encodeAwareness(encodeAwarenessUpdate(this.awareness, Array.from(this.awareness.getStates().keys()))));
        return;
      case 'auth':
        return;
    }
  }

  /** What y-protocols would apply: a newer clock, or a removal at the same clock. */
  private readonly isNews = ({ clientId, clock, state }: AwarenessEntry): boolean => {
    const current = this.awareness.meta.get(clientId)?.clock;
    return current === undefined || current < clock || (current === clock && state === null && this.awareness.states.has(clientId));
  };

  leave(session: RoomSession): void {
    this.sessions.delete(session);
    this.syncReplies.forget(session);
    const clients = this.presence.leave(session);
    if (clients.length > 0) removeAwarenessStates(this.awareness, clients, null);
  }

  /** Resolves when every accepted update is durable. */
  flush(): Promise<void> {
    return this.outgoing.flush();
  }

  /**
   * For the last session's leaving: stores every accepted update, folds a long tail of the log
   * into a snapshot (the next cold load applies one snapshot), then drops the room.
   */
  async close(): Promise<void> {
    try {
      await this.flush();
      await this.log.settle();
    } finally {
      this.destroy();
    }
  }

  closeAll(code: number, reason: string): void {
    for (const session of Array.from(this.sessions)) session.close(code, reason);
  }

  destroy(): void {
    this.outgoing.stop();
    this.unsubscribe();
    this.syncReplies.stop();
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.guard.destroy();
    this.wholeState.destroy();
    this.doc.destroy();
  }

  /**
   * Makes a change to the live document as the server (a restore), in one transaction: logged
   * with `author`, relayed and sent to every session like a client's accepted update. Resolves,
   * once it is durable, the version (log seq) that holds it — or a later one of this room's, when
   * edits arrived while it was being stored.
   *
   * @example const version = await room.change({ name: 'Ada', role: 'editor' }, (doc, origin) => restoreBoard(doc, board, origin))
   */
  async change(author: UpdateAuthor, edit: (doc: Y.Doc, origin: unknown) => void): Promise<number> {
    const origin = new ServerChange(author);
    this.doc.transact(() => edit(this.doc, origin), origin);
    await this.outgoing.flush();
    return this.outgoing.lastDurableSeq;
  }

  private applyUpdate(session: RoomSession, update: Uint8Array, decoded: DecodedUpdate): void {
    // Checked on a copy first, then applied: Yjs cannot take an update back once the document has it.
    const verdict = this.guard.accept(update, session, decoded);
    if (verdict.ok) return;
    this.deps.metrics.messagesRejected.inc({ reason: verdict.metric });
    this.deps.logger.warn({ boardId: this.boardId, session: session.id, reason: verdict.reason }, 'rejected update');
    session.close(verdict.code, verdict.reason);
  }

  /**
   * Fires once per effective change: duplicates a client resends change nothing and are not
   * logged. A change from a local session is logged and relayed; one from elsewhere only shown.
   * Both go out coalesced, once per event-loop turn (`OutgoingBatch`).
   */
  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    if (origin !== RELAY_ORIGIN) this.deps.metrics.updatesAccepted.inc();
    this.outgoing.add(update, origin, origin !== RELAY_ORIGIN, this.authorOf(origin));
  };

  /** Who made a local change, as the history names them: a session's display name and role, or the server's. */
  private authorOf(origin: unknown): UpdateAuthor | undefined {
    if (origin instanceof ServerChange) return origin.author;
    if (!this.sessions.has(origin as RoomSession)) return undefined;
    const session = origin as RoomSession;
    const role = session.role === 'owner' ? 'owner' : 'editor';
    for (const clientId of this.presence.clientIdsOf(session)) {
      const name = (this.awareness.getStates().get(clientId) as { user?: { name?: unknown } } | undefined)?.user?.name;
      if (typeof name === 'string' && name.trim()) return { name: name.trim().slice(0, MAX_AUTHOR_NAME), role };
    }
    return { name: 'Anonymous', role };
  }

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    if (this.sessions.has(origin as RoomSession)) this.presence.claim(origin as RoomSession, [...added, ...updated]);
    this.presence.release(removed);
    const changed = [...added, ...updated, ...removed];
    const update = encodeAwarenessUpdate(this.awareness, changed);
    if (origin !== RELAY_ORIGIN) void this.deps.relay.publish(this.boardId, 'awareness', update);
    const message = encodeAwareness(update);
    for (const session of this.sessions) session.send(message);
  };

  private readonly onRelayMessage = (kind: RelayKind, payload: Uint8Array, sentAt: number): void => {
    this.deps.metrics.relayLag.observe(Math.max(0, Date.now() - sentAt) / 1000);
    try {
      if (kind === 'awareness') return applyAwarenessUpdate(this.awareness, payload, RELAY_ORIGIN);
      if (kind === 'store') return this.storeFor(payload);
      if (kind === 'stored') return this.storeRequest.answer(payload);
      Y.applyUpdate(this.doc, payload, RELAY_ORIGIN);
      // An update waiting for one this instance never got means a message was lost: the log has it.
      if (this.doc.store.pendingStructs || this.doc.store.pendingDs) this.scheduleCatchUp();
    } catch (error) {
      this.deps.logger.warn({ err: error, boardId: this.boardId }, 'unreadable relay message');
    }
  };

  /** Another instance is opening the board: stores what this one accepted, then answers its request. */
  private storeFor(requestId: Uint8Array): void {
    this.outgoing.shared();
    void this.flush().then(() => this.deps.relay.publish(this.boardId, 'stored', requestId));
  }

  private catchUpQueued = false;
  private scheduleCatchUp(): void {
    if (this.catchUpQueued) return;
    this.catchUpQueued = true;
    this.deps.metrics.relayGaps.inc();
    this.catchUp()
      .catch((error: unknown) => this.deps.logger.warn({ err: error, boardId: this.boardId }, 'catch-up failed'))
      .finally(() => (this.catchUpQueued = false));
  }
}
