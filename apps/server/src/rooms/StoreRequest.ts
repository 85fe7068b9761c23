import { randomBytes } from 'node:crypto';
import { withTimeout } from '../ops/withTimeout';

/** How long a room that opens a board waits for the other instances' answers before reading the log anyway. */
export const STORE_REQUEST_TIMEOUT_MS = 1_000;

/**
 * What a room asks, as it opens a board, of the other instances that have it open: "store what
 * you have accepted". Each may hold the edits of its commit window in memory (OutgoingBatch);
 * once every one has answered, the log read next holds every edit accepted anywhere, so a client
 * of the new room is synced with all of them rather than a window behind. An instance that does
 * not answer (killed, or closing as it was asked) delays the opening by at most `timeoutMs`;
 * what it held then arrives over the relay once stored, as every later edit does.
 *
 * @example const request = new StoreRequest((id) => relay.publish(boardId, 'store', id)); await request.send()
 */
export class StoreRequest {
  private readonly id = randomBytes(8);
  private answers = 0;
  private expected = Number.POSITIVE_INFINITY;
  private allAnswered: (() => void) | undefined;

  constructor(
    /** Sends the request; resolves with how many other instances received it (undefined: not known). */
    private readonly ask: (id: Uint8Array) => Promise<number | undefined>,
    private readonly timeoutMs = STORE_REQUEST_TIMEOUT_MS,
  ) {}

  /** Asks, and resolves true once every instance that received the request answered, false at the timeout. */
  async send(): Promise<boolean> {
    const answered = new Promise<boolean>((resolve) => (this.allAnswered = () => resolve(true)));
    // Answers can arrive before Redis says how many received the request: they are counted meanwhile.
    this.expected = (await this.ask(this.id)) ?? 0;
    this.check();
    try {
      return await withTimeout(answered, this.timeoutMs, 'store request').catch(() => false);
    } finally {
      this.allAnswered = undefined;
    }
  }

  /** Counts an instance's answer, when it answers this request (every room of the board hears every answer). */
  answer(id: Uint8Array): void {
    if (Buffer.compare(id, this.id) !== 0) return;
    this.answers++;
    this.check();
  }

  private check(): void {
    if (this.answers >= this.expected) this.allAnswered?.();
  }
}
