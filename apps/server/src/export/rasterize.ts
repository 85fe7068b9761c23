import { Resvg } from '@resvg/resvg-js';
import type { ExportFonts } from './exportFonts';

/**
 * Draws an SVG to PNG bytes at `scale` with the export fonts. The picture's size is the SVG's
 * size times the scale, rounded up like the browser's canvas export.
 *
 * @example const png = rasterize(svg, 2, findExportFonts());
 */
export function rasterize(svg: string, scale: number, fonts: ExportFonts): Uint8Array {
  const resvg = new Resvg(svg, {
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
  return resvg.render().asPng();
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
