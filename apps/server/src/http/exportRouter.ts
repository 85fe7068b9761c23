import { Router, type Request, type RequestHandler, type Response } from 'express';
import { embedPngText, exportPicture, PNG_BOARD_KEYWORD, renderReportMarkdown } from '@scaleboard/board';
import { replayQuerySchema } from '@scaleboard/protocol';
import { report, say } from '@scaleboard/rules';
import type { BoardsService } from '../boards/BoardsService';
import type { ReplayLinks } from '../boards/ReplayLinks';
import { ExportCache } from '../export/ExportCache';
import { exportQuerySchema, renderOptionsOf } from '../export/exportQuery';
import type { ExportSlots } from '../export/ExportSlots';
import { nextTurn, type SerialLane } from '../export/SerialLane';
import type { SvgRenderer } from '../export/SvgRenderer';
import type { SvgPicture } from '../export/svgWorker';
import { pictureBands } from '../export/pictureBands';
import type { PngRasterizer } from '../export/PngRasterizer';
import { replayClock, sampleVersions } from '../export/replayFrames';
import type { InterviewService } from '../interview/InterviewService';
import { phaseAt } from '../interview/phaseAt';
import { versionOf } from './historyRouter';
import { HttpError } from './HttpError';
import { parseOr400 } from './parseOr400';
import { requestLang } from './requestLang';
import { requireBoardKey } from './requireBoardKey';
import { sendAs } from './sendAs';
import { takeExportSlot } from './takeExportSlot';

export interface ExportRouterDeps {
  boards: BoardsService;
  /** A replay link may draw versions and the replay GIF, never the live board. */
  replayLinks: ReplayLinks;
  /** When the interview's phases ended, for the replay's stamp. */
  interviews: InterviewService;
  /** Draws the PNGs and replay GIFs, off the event loop. */
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

/**
 * Largest PNG the server draws (about 7,000 × 7,000 px). One such picture takes about 0.3 s of both
 * cores in the export process and 500 MB while it is drawn (docs/BENCHMARKS.md), so one request may
 * not ask for more.
 */
export const MAX_PNG_PIXELS = 50_000_000;

/**
 * Largest frame of a replay GIF (e.g. 2,000 × 2,000 px). Each frame is drawn, quantised and
 * encoded on its own, up to MAX_REPLAY_FRAMES of them, so a frame costs tens of ms per Mpx; this
 * keeps the longest replay to about half a minute of one core in the export process (docs/BENCHMARKS.md).
 */
export const MAX_GIF_FRAME_PIXELS = 4_000_000;

/** The paths of a picture: of the live board, and of one version of its history. */
const paths = (file: string) => [`/:id/${file}`, `/:id/history/:version/${file}`];

type ExportRequest = Request<{ id: string; version?: string }>;

/**
 * `/api/boards/:id/export.svg|png|md` and `…/history/:version/export.svg|png|md`: pictures from the
 * shared export pipeline (`exportPicture`), with the board embedded (SVG metadata, PNG iTXt chunk)
 * so they can be imported back; and `/api/boards/:id/replay.gif`, the board's versions as an
 * animated GIF (docs/export.md).
 */
export function exportRouter({ boards, replayLinks, interviews, rasterizer, svgRenderer, svgCache, slots, lane }: ExportRouterDeps): Router {
  const router = Router();
  const liveKey = requireBoardKey(boards);
  const historyKey = requireBoardKey(boards, replayLinks);
  /** A board key for the live board; a board key or a replay link for a version of its history. */
  const keyFor: RequestHandler<{ id: string; version?: string }> = (req, res, next) => (req.params.version === undefined ? liveKey : historyKey)(req, res, next);
  /** What the picture shows: the live board, or the version the path names. */
  const sourceOf = (req: ExportRequest, boardId: string) => {
    if (req.params.version === undefined) return { readFile: () => boards.readFile(boardId), readUpdates: () => boards.readUpdates(boardId) };
    const version = versionOf(req.params);
    return { readFile: () => boards.readVersionFile(boardId, version), readUpdates: () => boards.readVersionUpdates(boardId, version) };
  };
  const admit = (req: ExportRequest, res: Response) => {
    const query = { ...parseOr400(exportQuerySchema, req.query, 'invalid export option'), lang: requestLang(req, res) };
    return { query, board: takeSlot(req, res) };
  };
  const takeSlot = (req: Request, res: Response) => takeExportSlot(slots, req, res);
  const read = async (req: ExportRequest, res: Response) => {
    const { query, board } = admit(req, res);
    const source = sourceOf(req, board.id);
    // Reading and drawing a big board each take a few hundred ms of event loop: a turn of its
    // own each, one export at a time, so no other request waits for more than one of them.
    return lane.run(async () => {
      const file = await source.readFile();
      await nextTurn();
      const options = renderOptionsOf(query, () => report(file, { lang: query.lang }));
      return { query, file, options, picture: exportPicture(file, options) };
    });
  };

  router.get(paths('export.svg'), keyFor, async (req: ExportRequest, res) => {
    const { query, board } = admit(req, res);
    const updates = await sourceOf(req, board.id).readUpdates();
    const key = ExportCache.keyOf(board.id, updates, query);
    let picture = svgCache.get(key);
    if (!picture) {
      picture = await svgRenderer.render(updates, query);
      boards.noteSkipped(board.id, picture.skipped);
      svgCache.set(key, picture, picture.svg.length * 2);
    }
    sendAs(res, picture.title, '.svg').type('image/svg+xml').send(picture.svg);
  });

  router.get(paths('export.png'), keyFor, async (req: ExportRequest, res) => {
    const { query, file, options, picture } = await read(req, res);
    const pixels = picture.width * picture.height * query.scale ** 2;
    if (pixels > MAX_PNG_PIXELS) {
      const fits = Math.floor(Math.sqrt(MAX_PNG_PIXELS / (picture.width * picture.height)) * 100) / 100;
      const hint = say(query.lang, fits >= 1 ? { key: 'errors.pictureFitsAtScale', params: { scale: fits } } : { key: 'errors.pictureFitsNowhere' });
      const params = { width: picture.width * query.scale, height: picture.height * query.scale, limit: MAX_PNG_PIXELS / 1e6, hint };
      throw new HttpError(413, 'picture-too-large', { key: 'errors.pictureTooLarge', params }, 'scale');
    }
    const bands = pictureBands(file, options, picture, query.scale);
    const drawn = await rasterizer.rasterize(bands, { scale: query.scale, opaque: query.background === 'solid' });
    // The PNG carries what the picture shows (the selection when there is one), as the SVG does.
    const png = embedPngText(drawn, PNG_BOARD_KEYWORD, picture.boardJson);
    sendAs(res, file.title, '.png').type('image/png').send(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  });

  router.get(paths('export.md'), keyFor, async (req: ExportRequest, res) => {
    const { query, file, picture } = await read(req, res);
    const image = `data:image/svg+xml;base64,${Buffer.from(picture.svg).toString('base64')}`;
    const { lang } = query;
    sendAs(res, file.title, '.md').type('text/markdown').send(renderReportMarkdown(file, report(file, { lang }), { imageUrl: image, lang }));
  });

  router.get('/:id/replay.gif', historyKey, async (req, res) => {
    const { from, to, fps } = parseOr400(replayQuerySchema, req.query, 'invalid replay option');
    const lang = requestLang(req, res);
    const board = takeSlot(req, res);
    const frames = sampleVersions(await boards.versionRange(board.id, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }));
    if (frames.length === 0) throw new HttpError(404, 'not-found', { key: 'errors.noHistory' });
    const [timeline, steps] = await Promise.all([interviews.phaseTimeline(board.id), boards.readVersionSteps(board.id, frames.map((f) => f.version))]);
    const start = frames[0]!.at.getTime();
    const drawing = await rasterizer.replayGif({
      frames: frames.map((frame, i) => ({ updates: steps[i]!, stamp: stampLines(frame.at.getTime() - start, phaseAt(timeline, frame.at, lang)) })),
      fps,
      maxPixels: MAX_GIF_FRAME_PIXELS,
    });
    if ('tooLarge' in drawing) {
      const { width, height } = drawing.tooLarge;
      throw new HttpError(413, 'picture-too-large', { key: 'errors.replayTooLarge', params: { width, height, limit: MAX_GIF_FRAME_PIXELS / 1e6 } });
    }
    const { gif } = drawing;
    sendAs(res, board.title, '-replay.gif').type('image/gif').send(Buffer.from(gif.buffer, gif.byteOffset, gif.byteLength));
  });

  return router;
}

/** A replay frame's stamp: the clock, and the interview's phase when there is one. */
function stampLines(elapsedMs: number, phase: string | null): string[] {
  return phase === null ? [replayClock(elapsedMs)] : [replayClock(elapsedMs), phase];
}
