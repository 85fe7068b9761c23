// The export process: draws PNGs and replay GIFs for its server (see PngRasterizer), one at a time.
import { BandWorkers } from './BandWorkers';
import { drawGif } from './drawGif';
import { drawPng, type DrawTools } from './drawPng';
import { findExportFonts } from './exportFonts';
import { FontSubsetter } from './FontSubsetter';
import type { RasterJob, RasterResult } from './PngRasterizer';

const tools: DrawTools = { fonts: findExportFonts(), subsetter: new FontSubsetter(), workers: new BandWorkers() };

// One picture at a time: the next job waits for this one, which bounds the memory pictures take.
let queue = Promise.resolve();
process.on('message', (job: RasterJob) => {
  queue = queue.then(() => draw(job));
});
// The server went away: so does its export process.
process.on('disconnect', () => process.exit(0));

async function draw(job: RasterJob): Promise<void> {
  const { id } = job;
  let result: RasterResult;
  try {
    result = job.kind === 'png' ? { id, png: await drawPng(job.svgs, job.options, tools) } : { id, gif: await drawGif(job.job, tools) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(result);
}
