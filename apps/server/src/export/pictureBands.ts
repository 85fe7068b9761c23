import { availableParallelism } from 'node:os';
import { renderBoard, type PictureOptions, type RenderedBoard } from '@scaleboard/board';
import type { Board } from '@scaleboard/rules';

/** From this many pixels a picture is drawn in bands; below it, one parse of the whole SVG is cheaper. */
const BANDED_FROM_PIXELS = 8e6;

/**
 * A picture to rasterise, as SVGs of horizontal bands from top to bottom: one band per core for a
 * big picture, the whole picture for a small one or at a fractional scale (a band must start on a
 * whole pixel). Each band holds only what reaches into it (the renderer's `band` option), so
 * parsing and drawing split between the cores; `drawPng` stacks them.
 *
 * @example const svgs = pictureBands(board, options, exportPicture(board, options), 2);
 */
export function pictureBands(board: Board, options: PictureOptions, rendered: RenderedBoard, scale: number, cores = availableParallelism()): string[] {
  const big = rendered.width * rendered.height * scale ** 2 >= BANDED_FROM_PIXELS;
  const count = big && Number.isInteger(scale) ? Math.min(cores, rendered.height) : 1;
  if (count <= 1) return [rendered.svg];
  const cuts = Array.from({ length: count + 1 }, (_, i) => Math.round((i * rendered.height) / count));
  return cuts.slice(0, -1).map((top, i) => renderBoard(board, { ...options, embedBoard: false, band: { top, height: cuts[i + 1]! - top } }).svg);
}
