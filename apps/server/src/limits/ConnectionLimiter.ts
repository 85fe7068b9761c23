import { KeyedSlots, type SlotResult } from './KeyedSlots';

/** Why a connection was refused; each maps to a clear message and HTTP 429. */
export type ConnectionRefusal = 'board-full' | 'ip-full';

export const REFUSAL_MESSAGES: Record<ConnectionRefusal, string> = {
  'board-full': 'This board has too many connections on this server (MAX_CONNECTIONS_PER_BOARD).',
  'ip-full': 'Too many connections from your address (MAX_CONNECTIONS_PER_IP).',
};

/**
 * Counts this instance's live connections (sync sockets and Socket.IO alike) per board and per
 * client address, and refuses one over either limit. `acquire` returns the release function.
 *
 * @example const slot = limiter.acquire('board', '203.0.113.7'); if (slot.ok) socket.on('close', slot.release)
 */
export class ConnectionLimiter {
  private readonly slots: KeyedSlots<'board-full', 'ip-full'>;

  constructor(limits: { maxConnectionsPerBoard: number; maxConnectionsPerIp: number }) {
    this.slots = new KeyedSlots([
      [limits.maxConnectionsPerBoard, 'board-full'],
      [limits.maxConnectionsPerIp, 'ip-full'],
    ]);
  }

  acquire(boardId: string, ip: string): SlotResult<ConnectionRefusal> {
    return this.slots.take(boardId, ip);
  }
}
