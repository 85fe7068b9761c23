import type { Server, Socket } from 'socket.io';
import {
  ROOM_EVENTS,
  ROOM_PROTOCOL_VERSION,
  profileSchema,
  roomAuthSchema,
  type ClientToServerEvents,
  type Member,
  type RoomErrorCode,
  type ServerToClientEvents,
} from '@scaleboard/protocol';
import type { Logger } from 'pino';
import type { BoardsService } from '../boards/BoardsService';
import type { Metrics } from '../ops/metrics';
import { RosterRefresh } from './RosterRefresh';

/** What the server keeps on each socket; `fetchSockets` returns it from every instance. */
export interface SocketData {
  boardId: string;
  member: Member;
  /** The stored hash of the key the socket opened the board with (see KeyRecheck). */
  keyHash: string;
}

/** What instances tell each other through the Socket.IO adapter. */
interface InterServerEvents {
  /** A board's roster changed on the sending instance: every instance reads it again for its own sockets. */
  rosterChanged: (boardId: string) => void;
}

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

const PALETTE = ['#e03131', '#2f9e44', '#1971c2', '#f08c00', '#9c36b5', '#0c8599', '#e8590c', '#5c7cfa'];

/** The Socket.IO room of a board: named after it so the Redis adapter can span instances. */
export function roomName(boardId: string): string {
  return `board:${boardId}`;
}

/** The owner-key sockets of a board: what only the interviewer may see (a candidate's graded estimates) goes here. */
export function ownerRoomName(boardId: string): string {
  return `board-owner:${boardId}`;
}

/**
 * Room events over Socket.IO: the handshake checks the board key like every channel, and the
 * roster (who is here, name, colour, role) is rebuilt from the sockets in the room, so it is
 * the same on every instance. `spansInstances`: the adapter joins instances (Redis), so a
 * change is also announced to the others (RosterRefresh says why each instance reads its own).
 */
export function attachPresence(io: RoomServer, deps: { boards: BoardsService; logger: Logger; metrics: Metrics; spansInstances: boolean }): void {
  const rosters = new RosterRefresh(
    async (boardId) => {
      const sockets = await io.in(roomName(boardId)).fetchSockets();
      return sockets.map((s) => s.data.member).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },
    (boardId, members) => io.local.to(roomName(boardId)).emit(ROOM_EVENTS.roster, members),
    (error, boardId) => deps.logger.warn({ err: error, boardId }, 'could not read the roster'),
  );
  /** Reads the roster again where someone is here to see it: an instance with no socket in the room sends nobody anything. */
  const refresh = (boardId: string) => {
    if (io.of('/').adapter.rooms.get(roomName(boardId))?.size) rosters.changed(boardId);
  };
  const rosterChanged = (boardId: string) => {
    refresh(boardId);
    if (deps.spansInstances) io.serverSideEmit('rosterChanged', boardId);
  };
  io.on('rosterChanged', (boardId) => {
    if (typeof boardId === 'string') refresh(boardId);
  });

  io.use((socket, next) => {
    const parsed = roomAuthSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return next(refusal('bad-request'));
    const auth = parsed.data;
    if (auth.protocol !== undefined && auth.protocol !== ROOM_PROTOCOL_VERSION) return next(refusal('protocol-mismatch'));
    deps.boards.access(auth.boardId, auth.key).then(
      (access) => {
        if (!access.ok) return next(refusal('unauthorized'));
        const color = auth.color ?? PALETTE[hash(socket.id) % PALETTE.length]!;
        socket.data = { boardId: auth.boardId, member: { id: socket.id, name: auth.name, color, role: access.role }, keyHash: access.keyHash };
        next();
      },
      (error: unknown) => {
        deps.logger.error({ err: error }, 'room handshake failed');
        next(new Error('unavailable'));
      },
    );
  });

  io.on('connection', (socket: RoomSocket) => {
    deps.metrics.roomConnections.inc();
    const { boardId } = socket.data;
    void socket.join(roomName(boardId));
    if (socket.data.member.role === 'owner') void socket.join(ownerRoomName(boardId));
    rosterChanged(boardId);

    socket.on(ROOM_EVENTS.updateProfile, (profile) => {
      const parsed = profileSchema.safeParse(profile);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'A profile is { name, color: #rrggbb }.' });
      socket.data.member = { ...socket.data.member, ...parsed.data };
      rosterChanged(boardId);
    });

    socket.on('disconnect', () => {
      deps.metrics.roomConnections.dec();
      rosterChanged(boardId);
    });
  });
}

function refusal(code: RoomErrorCode): Error {
  return new Error(code);
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}
