// A thread of the export process: draws one band of a picture and compresses its rows (see BandWorkers).
import { parentPort } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { compressRows, type CompressedRows } from './encodePng';

export interface BandJob {
  id: number;
  svg: string;
  resvg: ResvgRenderOptions;
  opaque: boolean;
  last: boolean;
}

export type BandResult = { id: number; band: CompressedRows } | { id: number; error: string };

parentPort?.on('message', (job: BandJob) => void draw(job));

async function draw({ id, svg, resvg, opaque, last }: BandJob): Promise<void> {
  let result: BandResult;
  try {
    const image = new Resvg(svg, resvg).render();
    result = { id, band: await compressRows({ pixels: image.pixels, width: image.width, height: image.height }, { opaque, last }) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
  await releasePixels();
}

/**
 * Frees the pixels of bands this thread has finished with. resvg's canvases and pixel copies live
 * outside V8's heap, which does not count them and can keep hundreds of MB of a finished picture
 * until some later collection. The next picture then gets fresh memory from the system, and
 * first-touch page faults made drawing a big picture 2–4× slower (docs/BENCHMARKS.md). So collect
 * (the export process runs with --expose-gc, which reaches its threads) and give the native
 * finalisers their turn: the next band reuses the same memory.
 */
async function releasePixels(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}
