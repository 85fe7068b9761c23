import { Worker } from 'node:worker_threads';
import type { StoredDocument } from '../storage/BoardStore';
import { PendingReplies } from '../export/PendingReplies';
import type { FoldJob, FoldResult } from './foldWorker';

/** How long the thread stays after its last fold: a busy board compacts every few seconds. */
const IDLE_MS = 30_000;

/**
 * Folds what the store holds of a board into one v2 snapshot on a worker thread, for the log's
 * compaction. The fold applies the whole board (a board that took 10,000 moves holds 20,000
 * items): on the thread that serves the boards it stalled every board of the instance for 5–61 ms
 * on the embedded database and up to 217 ms on a cluster instance under writes
 * (docs/BENCHMARKS.md, "what a warm server costs"). One thread, started with the first fold and
 * ended after IDLE_MS without one, so a resting instance holds no second copy of Yjs. Folds queue
 * on it in the order asked.
 *
 * @example const snapshot = await folder.fold(await store.loadDocument(boardId))
 */
export class SnapshotFolder {
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private readonly replies = new PendingReplies<Worker, Uint8Array>();

  constructor(private readonly idleMs = IDLE_MS) {}

  /** The snapshot of `stored` (its snapshot and the log after it), v2-encoded. */
  async fold(stored: StoredDocument): Promise<Uint8Array> {
    clearTimeout(this.idle);
    const worker = this.started();
    try {
      return await this.replies.send(worker, (id) => worker.postMessage({ id, stored } satisfies FoldJob));
    } finally {
      if (this.worker === worker && !this.replies.waitingOn(worker)) this.idle = setTimeout(() => this.stop(worker), this.idleMs).unref();
    }
  }

  /** Whether the thread is running (tests). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    if (this.worker) await this.stop(this.worker);
  }

  private stop(worker: Worker): Promise<number> {
    if (this.worker === worker) this.worker = undefined;
    return worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./foldWorker.mjs', import.meta.url));
    worker.on('message', (result: FoldResult) => this.replies.settle(result.id, 'snapshot' in result ? { value: result.snapshot } : { error: new Error(result.error) }));
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.replies.failAll(worker, error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the fold worker stopped (exit code ${code})`)));
    // A thread waiting for work does not keep the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
