// A thread of the export process: draws one band of a picture and compresses its rows (see BandWorkers).
import { parentPort } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { compressRows, type CompressedRows } from './encodePng';
import { releasePixels } from './releasePixels';

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
