import * as Y from 'yjs';
import type { Logger } from 'pino';
import type { BoardStore } from '../storage/BoardStore';
import { loadDocument } from './loadDocument';

/**
 * Appends a room's accepted updates to the durable log in order, and every `compactEvery`
 * appends folds the log into a snapshot. Compaction reads back what the store holds rather
 * than the room's memory, so it is safe while other instances append to the same board.
 */
export class UpdateLog {
  private chain: Promise<void> = Promise.resolve();
  private sinceCompaction = 0;

  constructor(
    private readonly boardId: string,
    private readonly store: BoardStore,
    private readonly compactEvery: number,
    private readonly logger: Logger,
    private readonly onFailure: (error: unknown) => void,
    private readonly onPersisted: (lagSeconds: number) => void = () => undefined,
  ) {}

  /** Queues `update` for the log; `onDurable` runs once it is stored. */
  append(update: Uint8Array, onDurable: () => void): void {
    const acceptedAt = performance.now();
    this.chain = this.chain
      .then(async () => {
        await this.store.appendUpdate(this.boardId, update);
        this.onPersisted((performance.now() - acceptedAt) / 1000);
        onDurable();
        if (++this.sinceCompaction >= this.compactEvery) {
          this.sinceCompaction = 0;
          await this.compact();
        }
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error, boardId: this.boardId }, 'could not persist an update');
        this.onFailure(error);
      });
  }

  /** Resolves when every update appended so far is durable (or has failed and been reported). */
  flush(): Promise<void> {
    return this.chain;
  }

  private async compact(): Promise<void> {
    const { doc, lastSeq } = await loadDocument(this.store, this.boardId);
    await this.store.compact(this.boardId, Y.encodeStateAsUpdate(doc), lastSeq);
    doc.destroy();
    this.logger.debug({ boardId: this.boardId, throughSeq: lastSeq }, 'compacted');
  }
}
