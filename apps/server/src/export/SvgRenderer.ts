import { Worker } from 'node:worker_threads';
import type { ExportQuery } from './exportQuery';
import { PendingReplies } from './PendingReplies';
import type { SvgJob, SvgPicture, SvgResult } from './svgWorker';

/**
 * Draws SVG exports on a thread of their own. Rebuilding and drawing a 5,000-element board takes
 * about a second of CPU (applying its updates, reading the board, laying out and writing the
 * SVG); on the event loop, a few of them at once held every request and socket of the instance
 * (issue 13: /healthz p50 1.7 s under 8 parallel exports). One thread, so exports take at most
 * one core; jobs wait their turn in its queue, which ExportSlots keeps short. Started with the
 * first export, again after it dies.
 *
 * @example const { svg } = await renderer.render(updates, query)
 */
export class SvgRenderer {
  private worker: Worker | undefined;
  private readonly replies = new PendingReplies<Worker, SvgPicture>();

  render(updates: Uint8Array[], query: ExportQuery): Promise<SvgPicture> {
    const worker = this.started();
    worker.ref(); // a picture on its way keeps the process alive; an idle thread does not
    return this.replies.send(worker, (id) => worker.postMessage({ id, updates, query } satisfies SvgJob)).finally(() => {
      if (!this.replies.waitingOn(worker)) worker.unref();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./svgWorker.mjs', import.meta.url));
    worker.on('message', (result: SvgResult) =>
      this.replies.settle(result.id, 'picture' in result ? { value: result.picture } : { error: new Error(`SVG export failed: ${result.error}`) }),
    );
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      this.replies.failAll(worker, error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the SVG export thread stopped (exit code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
