import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { io, type Socket } from 'socket.io-client';
import {
  ROOM_EVENTS,
  ROOM_PROTOCOL_VERSION,
  SYNC_CLOSE_CODES,
  type ClientToServerEvents,
  type Member,
  type Role,
  type RoomErrorCode,
  type ServerToClientEvents,
} from '@scaleboard/protocol';
import type { Profile } from '../profile/profileStore';
import type { AwarenessState } from './awarenessState';
import { SyncWebSocket, syncServerUrl } from './earlySync';
import { discardLocalCopy, findLocalCopy, localCopyDatabase, rememberLocalCopy, setPendingEdits } from './localCopies';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface SessionState {
  status: ConnectionStatus;
  synced: boolean;
  roster: Member[];
  error: RoomErrorCode | 'closed' | 'edit-refused' | null;
  /**
   * This person's edits the server has not confirmed yet, kept in this browser: the local edits made
   * while the board was not live (disconnected, or connected but not yet synced), counted until
   * the next completed sync. Always 0 for a key that cannot edit.
   */
  pendingEdits: number;
}

/** What the server said this link's key may do, needed to decide whether to keep a local copy. */
export interface SessionAccess {
  role: Role;
  title: string;
  canEdit: boolean;
}

type Listener = () => void;

const localState = (profile: Profile): AwarenessState => ({ user: { name: profile.name, color: profile.color }, cursor: null, selection: [] });


/**
 * One open board: the Y.Doc, its y-websocket provider (sync + awareness) and the Socket.IO room
 * (roster). `origin` tags this user's edits so the undo manager tracks only them.
 */
export class BoardSession {
  readonly doc = new Y.Doc();
  /** Tags this user's discrete edits: each one is its own undo step. */
  readonly origin = { user: 'local' as const, kind: 'edit' as const };
  /** Tags this user's continuous edits (drag, resize): merged into one undo step per gesture. */
  readonly gestureOrigin = { user: 'local' as const, kind: 'gesture' as const };
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  /** The Socket.IO room; interview and follow hooks listen on it. */
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private state: SessionState;
  private readonly listeners = new Set<Listener>();
  /** The board kept in IndexedDB (edit keys only), so a reload or a closed laptop offline loses nothing. */
  private localCopy: IndexeddbPersistence | null = null;
  /** This session's key writes the copy; a session only ever deletes its own key's copy. */
  private keepsCopy = false;
  /** Set once, by `setAccess`. */
  private access: SessionAccess | null = null;
  private destroyed = false;
  /** Whether the Socket.IO room was joined (it waits for a name). */
  private roomJoined: boolean;

  /**
   * Connects at once: the sync socket and the room check the key themselves, so the board
   * travels while the page still waits for `GET /api/boards/:id` (the role, the title). What
   * needs the role — the local copy of an edit key — starts when `setAccess` gives it.
   */
  constructor(
    readonly boardId: string,
    readonly key: string,
    profile: Profile | null,
  ) {
    this.state = { status: navigator.onLine ? 'connecting' : 'disconnected', synced: false, roster: [], error: null, pendingEdits: 0 };
    // No BroadcastChannel: a view tab must never hand its edits to an edit tab of the same browser.
    this.provider = new WebsocketProvider(syncServerUrl(), boardId, this.doc, {
      params: { key },
      disableBc: true,
      // The first socket may be the one the bootstrap opened before the app loaded (earlySync.ts).
      WebSocketPolyfill: SyncWebSocket,
      // Opened offline (a reload from the service worker): wait for the browser's 'online'.
      connect: navigator.onLine,
    });
    this.awareness = this.provider.awareness;
    // No name yet (a new person, asked while the board loads): nobody sees a cursor until it is given.
    this.awareness.setLocalState(profile ? localState(profile) : null);
    this.provider.on('status', ({ status }) => this.patch({ status }));
    this.provider.on('sync', (synced: boolean) => {
      // The server answered this tab's state with its own: everything kept locally has been offered.
      if (synced) this.setPending(0);
      this.patch({ synced });
    });
    this.provider.on('closed', () => {
      this.dropLocalCopy();
      this.patch({ error: 'closed' });
    });
    // The server refused an update from this tab (it broke the live document contract: a race
    // with another edit, or a bug). Reconnecting would resend it and be refused again, forever:
    // stop, and let the person reload the board as the server keeps it.
    this.provider.on('connection-close', (event) => {
      // Deleted or revoked, said on the sync socket itself: the room socket may be reconnecting
      // (just back online) and miss its roomError, and the local copy must go either way.
      if (event?.code === SYNC_CLOSE_CODES.deleted || event?.code === SYNC_CLOSE_CODES.revoked) {
        this.provider.disconnect();
        this.dropLocalCopy();
        this.patch({ error: event.code === SYNC_CLOSE_CODES.deleted ? 'board-deleted' : 'revoked' });
        return;
      }
      if (event?.code !== SYNC_CLOSE_CODES.badMessage) return;
      this.provider.disconnect();
      // A kept copy holding the refused edit would resend it after every reload: drop it.
      this.dropLocalCopy();
      this.patch({ error: 'edit-refused' });
    });
    // A dead network can leave the socket looking open until y-websocket's 30 s heartbeat gives
    // up; the browser knows sooner. Going offline at once makes edits count as kept locally.
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);

    // The roster lists people by name: the room is joined once there is one.
    this.roomJoined = profile !== null;
    this.socket = io({
      transports: ['websocket'],
      autoConnect: profile !== null,
      auth: { boardId, key, name: profile?.name ?? '', color: profile?.color, protocol: ROOM_PROTOCOL_VERSION },
    });
    this.socket.on(ROOM_EVENTS.roster, (roster) => this.patch({ roster }));
    // The owner replaced this link or deleted the board: stop reconnecting, say why.
    this.socket.on(ROOM_EVENTS.roomError, ({ code }) => {
      if (code !== 'revoked' && code !== 'board-deleted') return;
      this.provider.disconnect();
      // The board is gone or this key no longer opens it: its local copy must not come back.
      this.dropLocalCopy();
      this.patch({ error: code });
    });
    this.socket.on('connect_error', (error) => {
      const code = error.message as RoomErrorCode;
      if (code === 'unauthorized' || code === 'forbidden' || code === 'protocol-mismatch') this.patch({ error: code });
    });
  }

  /** useSyncExternalStore-compatible subscription. */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  /**
   * What the server said this link's key may do (once; later calls change nothing). An edit key
   * keeps a local copy of the board from now on, and counts its kept edits.
   */
  setAccess(access: SessionAccess): void {
    if (this.access || this.destroyed || this.state.error) return;
    this.access = access;
    if (!access.canEdit) return;
    this.keepsCopy = true;
    const kept = findLocalCopy(this.boardId);
    if (kept?.key === this.key) {
      // Synced already: the server has had this tab's state, and the copy's edits go out as it loads.
      if (this.state.synced) setPendingEdits(this.boardId, 0);
      else if (kept.pending !== this.state.pendingEdits) this.patch({ pendingEdits: kept.pending });
    }
    this.keepLocalCopy(access, kept?.key === this.key);
  }

  updateProfile(profile: Profile): void {
    if (this.destroyed) return;
    if (this.awareness.getLocalState() === null) this.awareness.setLocalState(localState(profile));
    else this.awareness.setLocalStateField('user', { name: profile.name, color: profile.color });
    if (this.roomJoined) this.socket.emit(ROOM_EVENTS.updateProfile, { name: profile.name, color: profile.color });
    else {
      this.roomJoined = true;
      // Named just now: join the room under that name.
      this.socket.auth = { boardId: this.boardId, key: this.key, name: profile.name, color: profile.color, protocol: ROOM_PROTOCOL_VERSION };
      this.socket.connect();
    }
  }

  destroy(): void {
    this.destroyed = true;
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.socket.disconnect();
    this.awareness.setLocalState(null);
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private readonly goOffline = (): void => {
    if (this.provider.shouldConnect) this.provider.disconnect();
  };

  private readonly goOnline = (): void => {
    if (!this.state.error && !this.provider.shouldConnect) this.provider.connect();
  };

  /**
   * Attaches the IndexedDB copy. A copy written by another key of this board is deleted first:
   * edits made under a replaced link must not come back under a new one. The copy loads into the
   * document as updates the provider sends on, so offline edits reach the server on reconnect.
   */
  private keepLocalCopy(access: SessionAccess, sameKey: boolean): void {
    const database = localCopyDatabase(this.boardId);
    const dropped = rememberLocalCopy({ boardId: this.boardId, key: this.key, role: access.role, title: access.title });
    for (const boardId of dropped) void clearDocument(localCopyDatabase(boardId));
    const cleared = sameKey ? Promise.resolve() : clearDocument(database);
    void cleared.then(() => {
      if (this.destroyed || this.state.error) return;
      this.localCopy = new IndexeddbPersistence(database, this.doc);
    });
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === this.provider || (this.localCopy && origin === this.localCopy)) return;
      const live = this.state.status === 'connected' && this.state.synced;
      if (!live) this.setPending(this.state.pendingEdits + 1);
    });
  }

  private dropLocalCopy(): void {
    if (!this.keepsCopy) return;
    // Detach first so the deletion below does not race the copy's own writes.
    if (this.localCopy) void this.localCopy.destroy().then(() => discardLocalCopy(this.boardId));
    else discardLocalCopy(this.boardId);
    this.localCopy = null;
    if (this.state.pendingEdits !== 0) this.patch({ pendingEdits: 0 });
  }

  private setPending(pendingEdits: number): void {
    if (pendingEdits === this.state.pendingEdits) return;
    setPendingEdits(this.boardId, pendingEdits);
    this.patch({ pendingEdits });
  }

  private patch(next: Partial<SessionState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }
}
