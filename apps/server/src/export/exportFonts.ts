import { existsSync } from 'node:fs';
import type { FontFace } from './FontSubsetter';

/** Noto Sans CJK's collections hold JP, KR, SC, TC and HK faces in this order; KR is ours (Korean first). */
const CJK_KR = 1;

/**
 * Font faces the PNG export rasterises with. resvg draws no text at all for a family it has no
 * file for, so we name files explicitly instead of trusting whatever the host has: DejaVu Sans
 * for Latin, Greek and Cyrillic, Noto Sans CJK KR for Korean, Japanese and Chinese (Debian packages
 * `fonts-dejavu-core` and `fonts-noto-cjk`, installed by `.ci/run`; see docs/export.md).
 */
export const FONT_CANDIDATES: readonly FontFace[] = [
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', index: 0 },
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', index: 0 },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', index: CJK_KR },
  // Other distributions' locations of the same families.
  { file: '/usr/share/fonts/dejavu/DejaVuSans.ttf', index: 0 },
  { file: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf', index: 0 },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', index: CJK_KR },
];

export interface ExportFonts {
  /** Faces handed to resvg (cut down to each picture's characters); empty means the system's fonts are searched instead. */
  faces: FontFace[];
  /** The family drawn when a picture's families are all missing. */
  defaultFamily: string;
  /** Scripts the picture cannot draw text in with the faces found: what a reader of the logs needs. */
  missing: string[];
}

/**
 * Finds the export fonts once. With none of them, the export falls back to the host's system fonts
 * (text may still render, or be missing) and says so, rather than failing.
 *
 * @example const fonts = findExportFonts(); if (fonts.missing.length) logger.warn(fonts.missing)
 */
export function findExportFonts(candidates: readonly FontFace[] = FONT_CANDIDATES): ExportFonts {
  const faces = candidates.filter((face) => existsSync(face.file));
  const has = (family: string) => faces.some((face) => face.file.includes(family));
  const missing: string[] = [];
  if (!has('DejaVu')) missing.push('DejaVu Sans (Latin text)');
  if (!has('CJK')) missing.push('Noto Sans CJK (Korean, Japanese, Chinese text)');
  return { faces, defaultFamily: has('DejaVu') ? 'DejaVu Sans' : 'Noto Sans CJK KR', missing };
}
