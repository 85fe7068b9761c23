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
export const LATIN_FONTS: readonly FontFace[] = [
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', index: 0 },
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', index: 0 },
  // Other distributions' locations of the same families.
  { file: '/usr/share/fonts/dejavu/DejaVuSans.ttf', index: 0 },
  { file: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf', index: 0 },
];

export const CJK_FONTS: readonly FontFace[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', index: CJK_KR },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc', index: CJK_KR },
];

export interface ExportFonts {
  /** DejaVu Sans faces found (Latin, Greek, Cyrillic: everything below U+1100). */
  latin: FontFace[];
  /** Noto Sans CJK faces found (Korean, Japanese, Chinese). */
  cjk: FontFace[];
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
export function findExportFonts(latinCandidates: readonly FontFace[] = LATIN_FONTS, cjkCandidates: readonly FontFace[] = CJK_FONTS): ExportFonts {
  const latin = latinCandidates.filter((face) => existsSync(face.file));
  const cjk = cjkCandidates.filter((face) => existsSync(face.file));
  const missing: string[] = [];
  if (latin.length === 0) missing.push('DejaVu Sans (Latin text)');
  if (cjk.length === 0) missing.push('Noto Sans CJK (Korean, Japanese, Chinese text)');
  return { latin, cjk, defaultFamily: latin.length > 0 ? 'DejaVu Sans' : 'Noto Sans CJK KR', missing };
}

/**
 * The faces a picture needs: the CJK collections only when it has text beyond what DejaVu covers,
 * since even cut down they cost time to load (docs/BENCHMARKS.md).
 *
 * @example facesFor(findExportFonts(), new Set([0x41])) // the DejaVu faces
 */
export function facesFor(fonts: ExportFonts, codePoints: Iterable<number>): FontFace[] {
  if (fonts.latin.length > 0 && [...codePoints].every((c) => c < 0x1100)) return fonts.latin;
  return [...fonts.latin, ...fonts.cjk];
}
