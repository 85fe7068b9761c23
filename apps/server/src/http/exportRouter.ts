import { Router, type Request } from 'express';
import { docToBoard, embedPngText, PNG_BOARD_KEYWORD, readSvgBoard, renderBoard, renderReportMarkdown } from '@scaleboard/board';
import { formatPath, report } from '@scaleboard/rules';
import { readBoardDoc } from '../boards/readBoardDoc';
import { exportQuerySchema, renderOptionsOf, type ExportQuery } from '../export/exportQuery';
import { pictureBands } from '../export/pictureBands';
import type { PngRasterizer } from '../export/PngRasterizer';
import type { AccessResult } from '../rooms/BoardAccess';
import type { RoomRegistry } from '../rooms/RoomRegistry';
import type { BoardStore } from '../storage/BoardStore';
import { HttpError } from './HttpError';
import { requireBoardKey } from './requireBoardKey';

export interface ExportRouterDeps {
  store: BoardStore;
  registry: RoomRegistry;
  /** Draws the PNGs, off the event loop. */
  rasterizer: PngRasterizer;
}

type Granted = Extract<AccessResult, { ok: true }>;

/**
 * Largest PNG the server draws (about 7,000 × 7,000 px). One such picture takes about 0.3 s of both
 * cores in the export process and 500 MB while it is drawn (docs/BENCHMARKS.md), so one request may
 * not ask for more.
 */
export const MAX_PNG_PIXELS = 50_000_000;

/**
 * `/api/boards/:id/export.svg|png|md`: pictures drawn by the shared renderer, with the board
 * embedded (SVG metadata, PNG iTXt chunk) so they can be imported back.
 */
export function exportRouter({ store, registry, rasterizer }: ExportRouterDeps): Router {
  const router = Router();
  const read = async (req: Request<{ id: string }>, res: { locals: Record<string, unknown> }) => {
    const query = parseQuery(req.query);
    const { board } = res.locals.access as Granted;
    const file = await readBoardDoc(registry, store, board.id, docToBoard);
    const options = renderOptionsOf(query, () => report(file));
    return { query, file, options, rendered: renderBoard(file, options) };
  };

  router.get('/:id/export.svg', requireBoardKey(store), async (req, res) => {
    const { file, rendered } = await read(req, res);
    res.attachment(`${slug(file.title)}.svg`).type('image/svg+xml').send(rendered.svg);
  });

  router.get('/:id/export.png', requireBoardKey(store), async (req, res) => {
    const { query, file, options, rendered } = await read(req, res);
    const pixels = rendered.width * rendered.height * query.scale ** 2;
    if (pixels > MAX_PNG_PIXELS) {
      const fits = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (rendered.width * rendered.height)) * 100) / 100;
      const hint = fits >= 1 ? `use scale=${fits} or less` : 'export a selection, or the SVG';
      throw new HttpError(413, 'picture-too-large', `The picture would be ${rendered.width * query.scale} × ${rendered.height * query.scale} px; the limit is ${MAX_PNG_PIXELS / 1e6} Mpx: ${hint}.`, 'scale');
    }
    const bands = pictureBands(file, options, rendered, query.scale);
    const picture = await rasterizer.rasterize(bands, { scale: query.scale, opaque: query.background === 'solid' });
    // The PNG carries what the picture shows: the SVG's embedded board (the selection when there is one).
    const png = embedPngText(picture, PNG_BOARD_KEYWORD, readSvgBoard(rendered.svg) ?? JSON.stringify(file));
    res.attachment(`${slug(file.title)}.png`).type('image/png').send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  });

  router.get('/:id/export.md', requireBoardKey(store), async (req, res) => {
    const { file, rendered } = await read(req, res);
    const image = `data:image/svg+xml;base64,${Buffer.from(rendered.svg).toString('base64')}`;
    res.attachment(`${slug(file.title)}.md`).type('text/markdown').send(renderReportMarkdown(file, report(file), { imageUrl: image }));
  });

  return router;
}

function parseQuery(query: unknown): ExportQuery {
  const parsed = exportQuerySchema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = formatPath(issue?.path ?? []);
  throw new HttpError(400, 'bad-request', `${path}: ${issue?.message ?? 'invalid export option'}`, path);
}

export function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'board';
}
