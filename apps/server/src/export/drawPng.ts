import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { BandWorkers } from './BandWorkers';
import { assemblePng } from './encodePng';
import { facesFor, type ExportFonts } from './exportFonts';
import type { FontSubsetter } from './FontSubsetter';

export interface DrawOptions {
  scale: number;
  /** The picture has a solid background: every pixel is opaque. */
  opaque?: boolean;
}

/** What drawing needs besides the picture: the fonts, their subsetter and the band threads. */
export interface DrawTools {
  fonts: ExportFonts;
  subsetter: FontSubsetter;
  workers: BandWorkers;
}

/**
 * Draws a picture to PNG bytes: the export fonts cut down to the picture's characters, resvg to
 * rasterise, our own encoder to compress. The picture comes as one SVG or as SVGs of horizontal
 * bands, top to bottom (`pictureBands`); each band is drawn and compressed on a thread of its own
 * (`BandWorkers`), and the pieces are joined into one PNG. CPU-bound for a few hundred milliseconds
 * on a big board: call it in the export process (PngRasterizer), not from a request handler.
 *
 * @example const png = await drawPng([svg], { scale: 2, opaque: true }, { fonts, subsetter, workers });
 */
export async function drawPng(bands: readonly string[], { scale, opaque = false }: DrawOptions, { fonts, subsetter, workers }: DrawTools): Promise<Buffer> {
  if (bands.length === 0) throw new Error('no picture to draw');
  return withExportFonts(bands, { fonts, subsetter }, async (font) => {
    // The export's own text carries the meaning; no remote images to fetch.
    const resvg: ResvgRenderOptions = { fitTo: { mode: 'zoom', value: scale }, font, imageRendering: 0 };
    return assemblePng(await Promise.all(bands.map((band, i) => workers.draw(band, resvg, { opaque, last: i === bands.length - 1 }, i))));
  });
}

/**
 * Runs `draw` with resvg's font options for pictures `svgs`: the export fonts cut down to the
 * characters they use, in a folder of their own (resvg takes fonts only as files) that is gone
 * when `draw` is done. The PNG exports and the replay GIFs draw with it.
 *
 * @example const png = await withExportFonts([svg], { fonts, subsetter }, (font) => draw(svg, { font }));
 */
export async function withExportFonts<T>(svgs: readonly string[], { fonts, subsetter }: Pick<DrawTools, 'fonts' | 'subsetter'>, draw: (font: NonNullable<ResvgRenderOptions['font']>) => Promise<T>): Promise<T> {
  const codePoints = codePointsOf(svgs);
  const dir = mkdtempSync(join(tmpdir(), 'scaleboard-fonts-'));
  try {
    const fontFiles = facesFor(fonts, codePoints).map((face, i) => {
      const bytes = subsetter.subset(face, codePoints);
      if (!bytes) return face.file; // HarfBuzz refused the face: the whole file still draws, only slower
      const file = join(dir, `${i}.ttf`);
      writeFileSync(file, bytes);
      return file;
    });
    return await draw({ fontFiles, loadSystemFonts: fonts.latin.length + fonts.cjk.length === 0, defaultFontFamily: fonts.defaultFamily, sansSerifFamily: fonts.defaultFamily });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The characters the picture may draw: printable ASCII always (a few glyphs more in the subset cost
 * nothing), and whatever else the SVGs hold — found by a regular expression rather than a walk over
 * every character, which took 10–30 ms on a 500-component board.
 */
function codePointsOf(texts: readonly string[]): Set<number> {
  const codePoints = new Set<number>();
  for (let code = 0x20; code < 0x7f; code += 1) codePoints.add(code);
  for (const text of texts) for (const [char] of text.matchAll(/[^\x20-\x7e]/gu)) codePoints.add(char.codePointAt(0)!);
  return codePoints;
}
