import { embedPngText, exportPicture, PNG_BOARD_KEYWORD, renderReportMarkdown, slug, type PictureOptions } from '@scaleboard/board';
import { DEFAULT_LANG, report, type Board, type Lang } from '@scaleboard/rules';
import { rasterizeSvg } from './rasterizeSvg';

export const EXPORT_FORMATS = ['png', 'svg', 'json', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSettings {
  format: ExportFormat;
  scale: 1 | 2 | 3 | 4;
  theme: 'light' | 'dark';
  background: 'solid' | 'transparent';
  selectionOnly: boolean;
  findings: boolean;
}

export interface ExportFile {
  blob: Blob;
  filename: string;
}

/**
 * The picture's options for the dialog's settings (`exportPicture`): the same the server builds
 * from its query. `lang` is the language of the words the picture adds (the reader's).
 */
export function renderOptions(board: Board, settings: ExportSettings, selection: ReadonlySet<string>, lang: Lang = DEFAULT_LANG): PictureOptions {
  return {
    lang,
    theme: settings.theme,
    background: settings.background,
    ...(settings.selectionOnly && selection.size > 0 ? { selection: [...selection].sort() } : {}),
    ...(settings.findings ? { findings: report(board, { lang }).findings } : {}),
  };
}

/** Builds the file the person asked for; PNGs are drawn by the browser from the shared pipeline's SVG. */
export async function buildExport(board: Board, settings: ExportSettings, selection: ReadonlySet<string>, lang: Lang = DEFAULT_LANG): Promise<ExportFile> {
  const name = slug(board.title);
  if (settings.format === 'json') return { blob: new Blob([`${JSON.stringify(board, null, 2)}\n`], { type: 'application/json' }), filename: `${name}.scaleboard.json` };
  const picture = exportPicture(board, renderOptions(board, settings, selection, lang));
  if (settings.format === 'svg') return { blob: new Blob([picture.svg], { type: 'image/svg+xml' }), filename: `${name}.svg` };
  if (settings.format === 'md') {
    const image = `data:image/svg+xml;base64,${base64(picture.svg)}`;
    return { blob: new Blob([renderReportMarkdown(board, report(board, { lang }), { imageUrl: image, lang })], { type: 'text/markdown' }), filename: `${name}.md` };
  }
  const png = await rasterizeSvg(picture.svg, picture.width * settings.scale, picture.height * settings.scale);
  // The PNG carries what the picture shows (the selection when there is one), as the SVG does.
  const withBoard = embedPngText(png, PNG_BOARD_KEYWORD, picture.boardJson);
  return { blob: new Blob([withBoard as Uint8Array<ArrayBuffer>], { type: 'image/png' }), filename: `${name}.png` };
}

/** UTF-8 text as base64 (btoa alone only takes Latin-1). */
export function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
