import { Router, type Request, type Response } from 'express';
import { embedPngText, PNG_BOARD_KEYWORD, readSvgBoard, renderBoard, renderReportMarkdown, slug } from '@scaleboard/board';
import { firstIssue, report } from '@scaleboard/rules';
import type { BoardFileReader } from '../boards/BoardFileReader';
import { readBoardUpdates } from '../boards/readBoardUpdates';
import { ExportCache } from '../export/ExportCache';
import { exportQuerySchema, renderOptionsOf, type ExportQuery } from '../export/exportQuery';
import type { ExportSlots } from '../export/ExportSlots';
import { nextTurn, type SerialLane } from '../export/SerialLane';
import type { SvgRenderer } from '../export/SvgRenderer';
import type { SvgPicture } from '../export/svgWorker';
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
  files: BoardFileReader;
  /** Draws the PNGs, off the event loop. */
  rasterizer: PngRasterizer;
  /** Draws the SVGs, off the event loop. */
  svgRenderer: SvgRenderer;
  /** Recent SVGs of unchanged boards (EXPORT_CACHE_BYTES). */
  svgCache: ExportCache<SvgPicture>;
  /** Admission per client and per board (EXPORTS_PER_CLIENT, EXPORTS_PER_BOARD). */
  slots: ExportSlots;
  /** Where the PNG and Markdown exports' drawing on the event loop happens, one at a time. */
  lane: SerialLane;
}

/** Seconds a refused export is told to wait: a 5,000-element board draws in about one. */
const EXPORT_RETRY_AFTER_SECONDS = 1;

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
export function exportRouter({ store, registry, files, rasterizer, svgRenderer, svgCache, slots, lane }: ExportRouterDeps): Router {
  const router = Router();
  /** Admits one export of the board or refuses it with 429; the slot is held until the response ends. */
  const admit = (req: Request<{ id: string }>, res: Response) => {
    const query = parseQuery(req.query);
    const { board } = res.locals.access as Granted;
    const slot = slots.admit(req.ip ?? 'unknown', board.id);
    if (!slot.ok) {
      res.set('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
      const whose = slot.reason === 'client-busy' ? 'from this client (EXPORTS_PER_CLIENT)' : 'of this board (EXPORTS_PER_BOARD)';
      throw new HttpError(429, 'too-many-exports', `Too many exports ${whose} at once. Try again shortly.`);
    }
    res.once('close', slot.release);
    return { query, board };
  };
  const read = async (req: Request<{ id: string }>, res: Response) => {
    const { query, board } = admit(req, res);
    // Reading and drawing a big board each take a few hundred ms of event loop: a turn of its
    // own each, one export at a time, so no other request waits for more than one of them.
    return lane.run(async () => {
      const file = await files.read(board.id);
      await nextTurn();
      const options = renderOptionsOf(query, () => report(file));
      return { query, file, options, rendered: renderBoard(file, options) };
    });
  };

  router.get('/:id/export.svg', requireBoardKey(store), async (req, res) => {
    const { query, board } = admit(req, res);
    const updates = await readBoardUpdates(registry, store, board.id);
    const key = ExportCache.keyOf(board.id, updates, query);
    let picture = svgCache.get(key);
    if (!picture) {
      picture = await svgRenderer.render(updates, query);
      files.noteSkipped(board.id, picture.skipped);
      svgCache.set(key, picture, picture.svg.length * 2);
    }
    res.attachment(`${slug(picture.title)}.svg`).type('image/svg+xml').send(picture.svg);
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
  const { path, message } = firstIssue(parsed.error, 'invalid export option');
  throw new HttpError(400, 'bad-request', `${path}: ${message}`, path);
}
