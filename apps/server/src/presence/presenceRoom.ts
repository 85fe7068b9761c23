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

/** What the server keeps on each socket; `fetchSockets` returns it from every instance. */
export interface SocketData {
  boardId: string;
  member: Member;
  /** The stored hash of the key the socket opened the board with (see KeyRecheck). */
  keyHash: string;
}

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

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
 * the same on every instance.
 */
export function attachPresence(io: RoomServer, deps: { boards: BoardsService; logger: Logger; metrics: Metrics }): void {
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
    void broadcastRoster(io, boardId);

    socket.on(ROOM_EVENTS.updateProfile, (profile) => {
      const parsed = profileSchema.safeParse(profile);
      if (!parsed.success) return socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'A profile is { name, color: #rrggbb }.' });
      socket.data.member = { ...socket.data.member, ...parsed.data };
      void broadcastRoster(io, boardId);
    });

    socket.on('disconnect', () => {
      deps.metrics.roomConnections.dec();
      void broadcastRoster(io, boardId);
    });
  });
}

async function broadcastRoster(io: RoomServer, boardId: string): Promise<void> {
  const sockets = await io.in(roomName(boardId)).fetchSockets();
  const members = sockets.map((s) => s.data.member).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  io.to(roomName(boardId)).emit(ROOM_EVENTS.roster, members);
}

function refusal(code: RoomErrorCode): Error {
  return new Error(code);
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}
