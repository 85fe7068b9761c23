import type { IncomingMessage } from 'node:http';
import { ROOM_EVENTS, type Role, type RoomErrorCode } from '@scaleboard/protocol';
import type { ClientAddressing } from '../limits/clientAddressing';
import type { ConnectionLimiter } from '../limits/ConnectionLimiter';
import { TokenBucket } from '../limits/TokenBucket';
import { roomName, type RoomServer } from './presenceRoom';

/**
 * Events a view key may send: they change nobody's board, only the sender's own presence.
 * Every other event from a viewer is refused, so an event added later is safe by default.
 */
export const VIEWER_EVENTS: ReadonlySet<string> = new Set([ROOM_EVENTS.updateProfile]);

/** The Socket.IO room of one role on a board, so a revocation reaches exactly those sockets. */
export function roleRoomName(boardId: string, role: Role): string {
  return `${roomName(boardId)}:${role}`;
}

/**
 * The room-event channel's guards, after the key check of `attachPresence`: connection limits,
 * an event rate per socket (the sync socket's MAX_UPDATES_PER_SECOND), each socket in its
 * role's room, and viewers refused any event that would change something.
 */
export function attachRoomGuards(io: RoomServer, deps: { connections: ConnectionLimiter; clientIp: ClientAddressing['clientIp']; maxEventsPerSecond: number }): void {
  io.use((socket, next) => {
    const slot = deps.connections.acquire(socket.data.boardId, deps.clientIp(socket.request as IncomingMessage));
    if (!slot.ok) return next(new Error('too-many-connections' satisfies RoomErrorCode));
    socket.on('disconnect', slot.release);
    next();
  });
  io.on('connection', (socket) => {
    const { boardId, member } = socket.data;
    void socket.join(roleRoomName(boardId, member.role));
    const bucket = new TokenBucket(deps.maxEventsPerSecond);
    socket.use(([event], next) => {
      if (!bucket.take(performance.now())) {
        socket.emit(ROOM_EVENTS.roomError, { code: 'bad-request', message: 'Too many events per second (MAX_UPDATES_PER_SECOND).' });
        socket.disconnect(true);
        return;
      }
      if (socket.data.member.role !== 'viewer' || VIEWER_EVENTS.has(event)) return next();
      socket.emit(ROOM_EVENTS.roomError, { code: 'forbidden', message: `A view link cannot send "${event}".` });
    });
  });
}

/** This instance's room-event sockets with the key hash each opened its board with. */
export function liveRoomSockets(io: RoomServer): Array<{ boardId: string; role: Role; keyHash: string; close(code: RoomErrorCode, message: string): void }> {
  return [...io.of('/').sockets.values()].map((socket) => ({
    boardId: socket.data.boardId,
    role: socket.data.member.role,
    keyHash: socket.data.keyHash,
    close(code, message) {
      socket.emit(ROOM_EVENTS.roomError, { code, message });
      socket.disconnect(true);
    },
  }));
}

/** Closes this instance's room-event sockets of `roles` on the board, telling each why first. */
export function revokeRoomSockets(io: RoomServer, boardId: string, roles: readonly Role[], code: RoomErrorCode, message: string): void {
  for (const role of roles) {
    const sockets = io.local.in(roleRoomName(boardId, role));
    sockets.emit(ROOM_EVENTS.roomError, { code, message });
    sockets.disconnectSockets(true);
  }
}
