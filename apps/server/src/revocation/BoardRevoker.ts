import type { Logger } from 'pino';
import type { Revocation, RevocationBus } from './Revocation';

/** Closes one instance's live connections named by a revocation (sync sockets, room events). */
export type RevocationCloser = (revocation: Revocation) => void;

/**
 * Makes a revocation take effect everywhere: closes what this instance holds at once, and
 * tells every other instance over the bus to do the same. The key check itself needs no
 * message: every channel reads the key hashes from the store on each connection and request.
 *
 * @example await revoker.revoke({ boardId, roles: ['editor'], reason: 'key-rotated' })
 */
export class BoardRevoker {
  constructor(
    private readonly bus: RevocationBus,
    private readonly closers: RevocationCloser[],
    private readonly logger: Logger,
  ) {}

  /** Starts closing what other instances revoke. */
  listen(): Promise<void> {
    return this.bus.subscribe((revocation) => this.closeLocal(revocation));
  }

  async revoke(revocation: Revocation): Promise<void> {
    this.closeLocal(revocation);
    await this.bus.publish(revocation).catch((error: unknown) => {
      this.logger.warn({ err: error, boardId: revocation.boardId }, 'could not tell other instances of a revocation');
    });
  }

  private closeLocal(revocation: Revocation): void {
    this.logger.info({ boardId: revocation.boardId, roles: revocation.roles, reason: revocation.reason }, 'closing revoked connections');
    for (const close of this.closers) close(revocation);
  }
}
