import type { Role } from '@scaleboard/protocol';
import type { Logger } from 'pino';
import type { BoardsService } from '../boards/BoardsService';
import { keyHashForRole } from '../keys';
import type { RevocationReason } from './Revocation';

/** A live connection as the recheck sees it: its board, role, key hash, and how to close it. */
export interface LiveKey {
  boardId: string;
  role: Role;
  keyHash: string;
  revoke(reason: RevocationReason): void;
}

export interface KeyRecheckDeps {
  boards: BoardsService;
  /** This instance's live connections on every channel (sync sockets, room sockets). */
  liveKeys: () => LiveKey[];
  logger: Logger;
  /** REVOCATION_RECHECK_SECONDS, in milliseconds. */
  intervalMs: number;
}

/**
 * The safety net under the revocation bus: a revocation message can be lost (a Redis blip on
 * this instance's subscriber), so live connections are checked against the store's key hashes
 * every REVOCATION_RECHECK_SECONDS and whenever the bus reconnects, and a connection whose key
 * was rotated or whose board was deleted is closed as if it had heard the message.
 *
 * @example const recheck = new KeyRecheck({ boards, liveKeys, logger, intervalMs: 30_000 }); recheck.start()
 */
export class KeyRecheck {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;

  constructor(private readonly deps: KeyRecheckDeps) {}

  start(): void {
    this.timer ??= setInterval(() => void this.recheck(), this.deps.intervalMs);
    // Rechecking never keeps a stopping process alive.
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Closes every live connection whose key no longer opens its board; resolves how many. A
   * call during a recheck runs once more after it, so a reconnect is never folded into a
   * recheck that read the store before it.
   */
  recheck(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.recheckOnce().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.recheck();
      }
    });
    return this.running;
  }

  private async recheckOnce(): Promise<number> {
    // Taken before reading the store: a connection opened after the read (with a newer key)
    // is not judged against older hashes.
    const byBoard = new Map<string, LiveKey[]>();
    for (const live of this.deps.liveKeys()) {
      const lives = byBoard.get(live.boardId);
      if (lives) lives.push(live);
      else byBoard.set(live.boardId, [live]);
    }
    let closed = 0;
    for (const [boardId, lives] of byBoard) {
      try {
        const board = await this.deps.boards.record(boardId);
        for (const live of lives) {
          if (board && keyHashForRole(board.keyHashes, live.role) === live.keyHash) continue;
          live.revoke(board ? 'key-rotated' : 'board-deleted');
          closed++;
        }
      } catch (error) {
        this.deps.logger.warn({ err: error, boardId }, 'could not recheck live keys; next round will');
      }
    }
    if (closed > 0) this.deps.logger.info({ closed }, 'closed connections whose key was revoked (missed revocation)');
    return closed;
  }
}
