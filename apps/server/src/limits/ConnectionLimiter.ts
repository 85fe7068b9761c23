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
  private readonly perBoard = new Map<string, number>();
  private readonly perIp = new Map<string, number>();

  constructor(private readonly limits: { maxConnectionsPerBoard: number; maxConnectionsPerIp: number }) {}

  acquire(boardId: string, ip: string): { ok: true; release: () => void } | { ok: false; reason: ConnectionRefusal } {
    if ((this.perBoard.get(boardId) ?? 0) >= this.limits.maxConnectionsPerBoard) return { ok: false, reason: 'board-full' };
    if ((this.perIp.get(ip) ?? 0) >= this.limits.maxConnectionsPerIp) return { ok: false, reason: 'ip-full' };
    bump(this.perBoard, boardId, 1);
    bump(this.perIp, ip, 1);
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        bump(this.perBoard, boardId, -1);
        bump(this.perIp, ip, -1);
      },
    };
  }
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
