import { existsSync } from 'node:fs';

/**
 * Font files the PNG export rasterises with. resvg draws no text at all for a family it has no
 * file for, so we name files explicitly instead of trusting whatever the host has: DejaVu Sans
 * for Latin, Greek and Cyrillic, Noto Sans CJK for Korean, Japanese and Chinese (Debian packages
 * `fonts-dejavu-core` and `fonts-noto-cjk`, installed by `.ci/run`; see docs/export.md).
 */
export const FONT_CANDIDATES: readonly string[] = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  // Other distributions' locations of the same families.
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
];

export interface ExportFonts {
  /** Files handed to resvg; empty means the system's fonts are searched instead. */
  files: string[];
  /** The family drawn when a picture's families are all missing. */
  defaultFamily: string;
  /** Scripts the picture can draw text in with the files found: what a reader of the logs needs. */
  missing: string[];
}

/**
 * Finds the export fonts once. With none of them, the export falls back to the host's system fonts
 * (text may still render, or be missing) and says so, rather than failing.
 *
 * @example const fonts = findExportFonts(); if (fonts.missing.length) logger.warn(fonts.missing)
 */
export function findExportFonts(candidates: readonly string[] = FONT_CANDIDATES): ExportFonts {
  const files = candidates.filter((file) => existsSync(file));
  const missing: string[] = [];
  if (!files.some((file) => file.includes('DejaVu'))) missing.push('DejaVu Sans (Latin text)');
  if (!files.some((file) => file.includes('CJK'))) missing.push('Noto Sans CJK (Korean, Japanese, Chinese text)');
  return { files, defaultFamily: files.some((file) => file.includes('DejaVu')) ? 'DejaVu Sans' : 'Noto Sans CJK KR', missing };
}
