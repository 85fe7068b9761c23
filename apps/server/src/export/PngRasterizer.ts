import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { DrawOptions } from './drawPng';
import type { GifDrawing, GifJob } from './drawGif';
import { PendingReplies } from './PendingReplies';

export type RasterJob =
  | {
      id: number;
      kind: 'png';
      /** The picture, whole or in bands from top to bottom (`pictureBands`). */
      svgs: readonly string[];
      options: DrawOptions;
    }
  | { id: number; kind: 'gif'; job: GifJob };

type Drawn = { png: Uint8Array } | { gif: GifDrawing };

export type RasterResult = ({ id: number } & Drawn) | { id: number; error: string };

/**
 * Turns SVGs into PNGs, and board versions into replay GIFs (`drawGif`), in a process of its own,
 * one picture at a time.
 *
 * Why a process: a big picture costs half a second of CPU (font subsetting, resvg, PNG encoding)
 * that must not stall the boards this instance serves, and resvg aborts the whole process on some
 * inputs (a Rust panic, seen with markers drawn outside the picture) — that must cost one export,
 * not the server. One process also bounds the memory pictures take: a 50 Mpx picture needs about
 * 500 MB while it is drawn (46 Mpx measured: 450 MB). It starts with the first picture and again after it dies.
 *
 * @example const png = await rasterizer.rasterize([svg], { scale: 2, opaque: true }); … await rasterizer.close();
 */
export class PngRasterizer {
  private child: ChildProcess | undefined;
  private readonly replies = new PendingReplies<ChildProcess, Drawn>();

  /** The picture as one SVG, or as SVGs of its bands from top to bottom (`pictureBands`). */
  async rasterize(svgs: readonly string[], options: DrawOptions): Promise<Uint8Array> {
    const drawn = await this.draw({ kind: 'png', svgs, options });
    if (!('png' in drawn)) throw new Error('the export process answered a PNG with something else');
    return drawn.png;
  }

  /** A replay GIF of board versions (`drawGif`), behind the PNGs already waiting. */
  async replayGif(job: GifJob): Promise<GifDrawing> {
    const drawn = await this.draw({ kind: 'gif', job });
    if (!('gif' in drawn)) throw new Error('the export process answered a GIF with something else');
    return drawn.gif;
  }

  private draw(job: DistributiveOmit<RasterJob, 'id'>): Promise<Drawn> {
    const child = this.started();
    holdOpen(child, true); // a picture on its way keeps the server process alive; an idle child does not
    return this.replies.send(child, (id) => child.send({ id, ...job } satisfies RasterJob));
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    holdOpen(child, true); // until it has gone
    child.kill();
    await exited;
  }

  private started(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(new URL('./rasterProcess.mjs', import.meta.url), {
      serialization: 'advanced',
      execArgv: ['--expose-gc'],
      // resvg's allocator (mimalloc) keeps freed canvases for 10 s rather than 10 ms, so pictures
      // drawn one after another reuse their memory instead of faulting in new pages.
      env: { ...process.env, MIMALLOC_PURGE_DELAY: '10000' },
      stdio: 'inherit',
    });
    child.on('message', (result: RasterResult) => {
      this.replies.settle(result.id, 'error' in result ? { error: new Error(`drawing failed in the export process: ${result.error}`) } : { value: result });
      if (!this.replies.waitingOn(child)) holdOpen(child, false);
    });
    const fail = (error: Error) => {
      if (this.child === child) this.child = undefined;
      this.replies.failAll(child, error);
    };
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`the PNG export process stopped (${signal ?? `exit code ${code}`})`)));
    holdOpen(child, false);
    this.child = child;
    return child;
  }
}

function holdOpen(child: ChildProcess, hold: boolean): void {
  if (hold) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
