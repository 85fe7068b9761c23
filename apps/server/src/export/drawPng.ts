import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg, type RenderedImage } from '@resvg/resvg-js';
import { encodePng } from './encodePng';
import { facesFor, type ExportFonts } from './exportFonts';
import type { FontSubsetter } from './FontSubsetter';

/**
 * Draws an SVG to PNG bytes at `scale`: the export fonts cut down to the picture's characters,
 * resvg to rasterise, our own encoder to compress. CPU-bound for half a second on a big board:
 * call it in the export process (PngRasterizer), not from a request handler.
 *
 * @example const png = await drawPng(svg, 2, findExportFonts(), new FontSubsetter());
 */
export async function drawPng(svg: string, scale: number, fonts: ExportFonts, subsetter: FontSubsetter): Promise<Buffer> {
  const codePoints = codePointsOf(svg);
  // resvg takes fonts only as files, so the subsets go to a folder of this picture's own.
  const dir = mkdtempSync(join(tmpdir(), 'scaleboard-fonts-'));
  let image: RenderedImage;
  try {
    const fontFiles = facesFor(fonts, codePoints).map((face, i) => {
      const bytes = subsetter.subset(face, codePoints);
      if (!bytes) return face.file; // HarfBuzz refused the face: the whole file still draws, only slower
      const file = join(dir, `${i}.ttf`);
      writeFileSync(file, bytes);
      return file;
    });
    image = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: scale },
      font: { fontFiles, loadSystemFonts: fonts.latin.length + fonts.cjk.length === 0, defaultFontFamily: fonts.defaultFamily, sansSerifFamily: fonts.defaultFamily },
      // The export's own text carries the meaning; no remote images to fetch.
      imageRendering: 0,
    }).render();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return encodePng(image.pixels, image.width, image.height);
}

function codePointsOf(text: string): Set<number> {
  const codePoints = new Set<number>();
  for (const char of text) codePoints.add(char.codePointAt(0)!);
  return codePoints;
}
