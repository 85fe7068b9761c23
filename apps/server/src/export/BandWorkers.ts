import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { BandJob, BandResult } from './bandWorker';
import type { CompressedRows } from './encodePng';
import { PendingReplies } from './PendingReplies';

/**
 * Threads that draw and compress a picture's bands, one per core, so each band goes from SVG to
 * compressed rows on a core of its own: drawing, copying the pixels out of resvg and feeding zlib
 * all happen beside the other bands, not one after another on the process's main thread.
 * Started with the first band, kept for the next pictures.
 *
 * @example const band = await workers.draw(svg, resvgOptions, { opaque: true, last: true }, 0);
 */
export class BandWorkers {
  private readonly workers: Array<Worker | undefined> = [];
  private readonly replies = new PendingReplies<Worker, CompressedRows>();

  constructor(private readonly size = availableParallelism()) {}

  /** Draws `svg` and compresses its rows on the `index`th thread (modulo their number). */
  draw(svg: string, resvg: ResvgRenderOptions, { opaque, last }: { opaque: boolean; last: boolean }, index: number): Promise<CompressedRows> {
    const worker = this.started(index % this.size);
    return this.replies.send(worker, (id) => worker.postMessage({ id, svg, resvg, opaque, last } satisfies BandJob));
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0).filter((worker) => worker !== undefined);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private started(slot: number): Worker {
    const running = this.workers[slot];
    if (running) return running;
    const worker = new Worker(new URL('./bandWorker.mjs', import.meta.url));
    worker.on('message', (result: BandResult) => this.replies.settle(result.id, 'band' in result ? { value: result.band } : { error: new Error(result.error) }));
    const fail = (error: Error) => {
      if (this.workers[slot] === worker) this.workers[slot] = undefined;
      this.replies.failAll(worker, error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a band worker stopped (exit code ${code})`)));
    // An idle pool does not keep its process alive.
    worker.unref();
    this.workers[slot] = worker;
    return worker;
  }
}
