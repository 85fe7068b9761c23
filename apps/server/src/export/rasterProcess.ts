// The export process: draws PNGs for its server (see PngRasterizer), one at a time.
import { drawPng } from './drawPng';
import { findExportFonts } from './exportFonts';
import { FontSubsetter } from './FontSubsetter';
import type { RasterJob, RasterResult } from './PngRasterizer';

const fonts = findExportFonts();
const subsetter = new FontSubsetter();

// One picture at a time: the next job waits for this one, which bounds the memory pictures take.
let queue = Promise.resolve();
process.on('message', (job: RasterJob) => {
  queue = queue.then(() => draw(job));
});
// The server went away: so does its export process.
process.on('disconnect', () => process.exit(0));

async function draw({ id, svgs, options }: RasterJob): Promise<void> {
  let result: RasterResult;
  try {
    result = { id, png: await drawPng(svgs, options, fonts, subsetter) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(result);
  await releasePixels();
}

/**
 * resvg's canvases and pixel copies live outside V8's heap, which does not count them and can keep
 * hundreds of MB of a finished picture until some later collection. The next picture then gets
 * fresh memory from the system, and first-touch page faults made drawing a big picture 2–4× slower
 * (docs/BENCHMARKS.md). So collect after each picture (the process runs with --expose-gc) and give
 * the native finalisers their turn: the next picture reuses the same memory.
 */
async function releasePixels(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setImmediate(resolve));
}
