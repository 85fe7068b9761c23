import { Resvg } from '@resvg/resvg-js';
import gifenc from 'gifenc';
import * as Y from 'yjs';
import { applyUpdates, paletteOf, readDoc, renderBoard, type RenderedBoard } from '@scaleboard/board';
import { withExportFonts, type DrawTools } from './drawPng';
import { releasePixels } from './releasePixels';
import { stampSvg } from './replayStamp';

const { applyPalette, GIFEncoder, quantize } = gifenc;

export interface GifFrame {
  /**
   * Yjs updates that bring the previous frame's document to this frame's version (the first frame:
   * from nothing). A board's log only grows and Yjs updates apply idempotently, so a frame may
   * repeat what the previous one held (a checkpoint) and still show its own version exactly.
   */
  updates: Uint8Array[];
  /** The lines of its stamp: the clock, then the interview's phase when there is one. */
  stamp: string[];
}

export interface GifJob {
  frames: GifFrame[];
  fps: number;
  /** Refuse frames of more pixels than this (MAX_GIF_FRAME_PIXELS). */
  maxPixels: number;
}

/** The GIF with its frames' size, or the size it would have had when that is over `maxPixels`. */
export type GifDrawing = { gif: Uint8Array; width: number; height: number } | { tooLarge: { width: number; height: number } };

/**
 * Draws a replay: each frame's board with the shared renderer, every frame the size of all of
 * them together (so the board stays still while it grows), its stamp in the corner, rasterised
 * by resvg and encoded by gifenc with a palette of its own (256 colours). CPU-bound for seconds:
 * run it in the export process (PngRasterizer), one frame's pixels in memory at a time.
 *
 * @example const drawing = await drawGif({ frames, fps: 2, maxPixels: 4e6 }, { fonts, subsetter });
 */
export async function drawGif({ frames, fps, maxPixels }: GifJob, tools: Pick<DrawTools, 'fonts' | 'subsetter'>): Promise<GifDrawing> {
  if (frames.length === 0) throw new Error('no frames to draw');
  const doc = new Y.Doc();
  const pictures = frames.map(({ updates }) => {
    applyUpdates(doc, updates);
    return renderBoard(readDoc(doc).board, { embedBoard: false, background: 'solid' });
  });
  doc.destroy();
  const bounds = unionOf(pictures);
  const size = { width: bounds.width, height: bounds.height };
  if (size.width * size.height > maxPixels) return { tooLarge: size };
  const svgs = pictures.map((picture, i) => frameSvg(picture, bounds, stampSvg(frames[i]!.stamp, size)));
  return withExportFonts(svgs, tools, async (font) => {
    const gif = GIFEncoder();
    for (const svg of svgs) {
      const image = new Resvg(svg, { font, imageRendering: 0 }).render();
      const colours = quantize(image.pixels, 256);
      // repeat 0: the replay loops (written with the first frame).
      gif.writeFrame(applyPalette(image.pixels, colours), image.width, image.height, { palette: colours, delay: Math.round(1000 / fps), repeat: 0 });
      await releasePixels();
    }
    gif.finish();
    return { gif: gif.bytes(), ...size };
  });
}

/** Board coordinates of the box around every picture, in whole pixels. */
function unionOf(pictures: readonly RenderedBoard[]): { x: number; y: number; width: number; height: number } {
  const x = Math.floor(Math.min(...pictures.map((p) => p.origin.x)));
  const y = Math.floor(Math.min(...pictures.map((p) => p.origin.y)));
  const right = Math.max(...pictures.map((p) => p.origin.x + p.width));
  const bottom = Math.max(...pictures.map((p) => p.origin.y + p.height));
  return { x, y, width: Math.ceil(right - x), height: Math.ceil(bottom - y) };
}

/** One frame: the picture where its board sits within `bounds`, on the board's background, the stamp on top. */
function frameSvg(picture: RenderedBoard, bounds: { x: number; y: number; width: number; height: number }, stamp: string): string {
  const { width, height } = bounds;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${paletteOf('light').background}"/>`,
    `<g transform="translate(${picture.origin.x - bounds.x} ${picture.origin.y - bounds.y})">${picture.svg}</g>`,
    stamp,
    '</svg>',
  ].join('');
}
