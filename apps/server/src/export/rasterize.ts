import { renderAsync } from '@resvg/resvg-js';
import type { ExportFonts } from './exportFonts';

/**
 * Draws an SVG to PNG bytes at `scale` with the export fonts. The picture's size is the SVG's
 * size times the scale. resvg runs on libuv's thread pool (`renderAsync`), so a big export does
 * not stall the sync sockets this instance serves.
 *
 * @example const png = await rasterize(svg, 2, findExportFonts());
 */
export async function rasterize(svg: string, scale: number, fonts: ExportFonts): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: filesFor(svg, fonts.files),
      loadSystemFonts: fonts.files.length === 0,
      defaultFontFamily: fonts.defaultFamily,
      sansSerifFamily: fonts.defaultFamily,
    },
    // The export's own text carries the meaning; no remote images to fetch.
    imageRendering: 0,
  });
  return image.asPng();
}

/**
 * Loading the CJK collection costs about 50 ms per picture, so it is loaded only when the picture
 * has text beyond what DejaVu covers.
 */
function filesFor(svg: string, files: string[]): string[] {
  // eslint-disable-next-line no-control-regex -- everything DejaVu Sans covers lies below U+1100
  if (/^[\u0000-\u10ff]*$/.test(svg)) {
    const latin = files.filter((file) => !file.includes('CJK'));
    if (latin.length > 0) return latin;
  }
  return files;
}
