import { z } from 'zod';
import type { PictureOptions } from '@scaleboard/board';
import type { Lang } from '@scaleboard/rules';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/**
 * Query parameters of `export.svg`, `export.png` and `export.md`: the renderer's options as text.
 * Unknown parameters (such as `key`) are ignored; a bad value is refused, naming the parameter.
 */
export const exportQuerySchema = z.object({
  scale: z.coerce.number().min(1).max(4).default(1),
  theme: z.enum(['light', 'dark']).default('light'),
  background: z.enum(['solid', 'transparent']).default('solid'),
  padding: z.coerce.number().int().min(0).max(512).default(32),
  /** Comma-separated node ids: export only these (and what selected groups contain). */
  selection: z.string().max(100_000).optional(),
  /** Findings badges from the board's report. */
  findings: flag.default(false),
  /** Border colours by utilisation from the board's report. */
  load: flag.default(false),
});
/** The parsed options, and the language the request negotiated (`requestLang`) for the words the picture adds. */
export type ExportQuery = z.infer<typeof exportQuerySchema> & { lang: Lang };

/** The picture's options for a query (`exportPicture`); the report's parts only when asked for. */
export function renderOptionsOf(query: ExportQuery, report: () => Pick<Required<PictureOptions>, 'findings' | 'load'>): PictureOptions {
  const wanted = query.findings || query.load ? report() : undefined;
  return {
    theme: query.theme,
    lang: query.lang,
    background: query.background,
    padding: query.padding,
    ...(query.selection !== undefined ? { selection: query.selection.split(',').filter(Boolean) } : {}),
    ...(wanted && query.findings ? { findings: wanted.findings } : {}),
    ...(wanted && query.load ? { load: wanted.load } : {}),
  };
}
