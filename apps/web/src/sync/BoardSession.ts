import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Awareness } from 'y-protocols/awareness';
import { io, type Socket } from 'socket.io-client';
import {
  ROOM_EVENTS,
  ROOM_PROTOCOL_VERSION,
  SYNC_CLOSE_CODES,
  type ClientToServerEvents,
  type Member,
  type RoomErrorCode,
  type ServerToClientEvents,
} from '@scaleboard/protocol';
import type { Profile } from '../profile/profileStore';
import type { AwarenessState } from './awarenessState';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface SessionState {
  status: ConnectionStatus;
  synced: boolean;
  roster: Member[];
  error: RoomErrorCode | 'closed' | 'edit-refused' | null;
}

type Listener = () => void;


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
  private state: SessionState = { status: 'connecting', synced: false, roster: [], error: null };
  private readonly listeners = new Set<Listener>();

  constructor(
    readonly boardId: string,
    readonly key: string,
    profile: Profile,
  ) {
    const wsOrigin = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`;
    // No BroadcastChannel: a view tab must never hand its edits to an edit tab of the same browser.
    this.provider = new WebsocketProvider(`${wsOrigin}/yjs`, boardId, this.doc, { params: { key }, disableBc: true });
    this.awareness = this.provider.awareness;
    const local: AwarenessState = { user: { name: profile.name, color: profile.color }, cursor: null, selection: [] };
    this.awareness.setLocalState(local);
    this.provider.on('status', ({ status }) => this.patch({ status }));
    this.provider.on('sync', (synced: boolean) => this.patch({ synced }));
    this.provider.on('closed', () => this.patch({ error: 'closed' }));
    // The server refused an update from this tab (it broke the live document contract: a race
    // with another edit, or a bug). Reconnecting would resend it and be refused again, forever:
    // stop, and let the person reload the board as the server keeps it.
    this.provider.on('connection-close', (event) => {
      if (event?.code !== SYNC_CLOSE_CODES.badMessage) return;
      this.provider.disconnect();
      this.patch({ error: 'edit-refused' });
    });

    this.socket = io({
      transports: ['websocket'],
      auth: { boardId, key, name: profile.name, color: profile.color, protocol: ROOM_PROTOCOL_VERSION },
    });
    this.socket.on(ROOM_EVENTS.roster, (roster) => this.patch({ roster }));
    // The owner replaced this link or deleted the board: stop reconnecting, say why.
    this.socket.on(ROOM_EVENTS.roomError, ({ code }) => {
      if (code !== 'revoked' && code !== 'board-deleted') return;
      this.provider.disconnect();
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

  updateProfile(profile: Profile): void {
    this.awareness.setLocalStateField('user', { name: profile.name, color: profile.color });
    this.socket.emit(ROOM_EVENTS.updateProfile, { name: profile.name, color: profile.color });
  }

  destroy(): void {
    this.socket.disconnect();
    this.awareness.setLocalState(null);
    this.provider.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private patch(next: Partial<SessionState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }
}
