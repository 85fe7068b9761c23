import { Router, type Request } from 'express';
import {
  canEdit,
  historyQuerySchema,
  labelVersionRequestSchema,
  MAX_TIMELINE_POINTS,
  restoreRequestSchema,
  timelineQuerySchema,
  type HistoryResponse,
  type RestoreResponse,
  type TimelineResponse,
} from '@scaleboard/protocol';
import type { BoardsService } from '../boards/BoardsService';
import type { ReplayLinks } from '../boards/ReplayLinks';
import type { ExportSlots } from '../export/ExportSlots';
import { sampleVersions } from '../export/replayFrames';
import type { InterviewService } from '../interview/InterviewService';
import { phaseIndexAt } from '../interview/phaseAt';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { jsonBody } from './jsonBody';
import { parseOr400 } from './parseOr400';
import { requireBoardKey } from './requireBoardKey';
import { sendAs } from './sendAs';
import { takeExportSlot } from './takeExportSlot';

type Granted = Extract<AccessResult, { ok: true }>;

/** A version as a path gives it: a positive whole number a log position can be. */
const VERSION = /^[1-9][0-9]{0,15}$/;

/**
 * The `:version` of a history path, or a 400 naming it.
 *
 * @example versionOf({ version: '42' }) // 42
 */
export function versionOf(params: { version?: string }): number {
  const raw = params.version ?? '';
  const version = VERSION.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(version)) throw new HttpError(400, 'bad-request', 'version: a version is a positive whole number.', 'version');
  return version;
}

export interface HistoryRouterDeps {
  boards: BoardsService;
  /** A replay link may read everything here (as a viewer: it can neither name nor restore). */
  replayLinks: ReplayLinks;
  /** When the interview's phases ended, for the timeline. */
  interviews: InterviewService;
  /** The export admission: a timeline rebuilds up to MAX_TIMELINE_POINTS versions, as heavy as a replay. */
  slots: ExportSlots;
  maxBodyBytes: number;
}

/**
 * `/api/boards/:id/history…` (docs/history.md): the versions of a board, their timeline (findings
 * and interview phase over time), any version as a file, naming a version and restoring one. Any
 * key and any replay link may read the history; only an edit or owner key may name or restore. The pictures of a
 * version are the export router's (`…/history/:version/export.svg|png`).
 */
export function historyRouter({ boards, replayLinks, interviews, slots, maxBodyBytes }: HistoryRouterDeps): Router {
  const router = Router();
  const access = requireBoardKey(boards, replayLinks);
  const json = jsonBody(maxBodyBytes);
  const editor = (res: { locals: Record<string, unknown> }): Granted => {
    const access = res.locals.access as Granted;
    if (access.replayLink) throw new HttpError(403, 'forbidden', { key: 'errors.historyReadOnlyReplay' });
    if (!canEdit(access.role)) throw new HttpError(403, 'forbidden', { key: 'errors.historyReadOnlyView' });
    return access;
  };

  router.get('/:id/history', access, async (req, res) => {
    const { board } = res.locals.access as Granted;
    const query = parseOr400(historyQuerySchema, req.query, 'invalid history query');
    const page = await boards.history(board.id, { limit: query.limit, ...(query.before === undefined ? {} : { before: query.before }) });
    const body: HistoryResponse = {
      versions: page.versions.map((v) => ({ version: v.version, at: v.at.toISOString(), authors: v.authors.map((a) => a.name), label: v.label })),
      next: page.next,
    };
    res.json(body);
  });

  router.get('/:id/history/timeline', access, async (req, res) => {
    const { from, to } = parseOr400(timelineQuerySchema, req.query, 'invalid timeline query');
    const board = takeExportSlot(slots, req, res);
    const range = await boards.versionRange(board.id, { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    const points = sampleVersions(range, MAX_TIMELINE_POINTS);
    const [timeline, drills, findings] = await Promise.all([interviews.phaseTimeline(board.id), interviews.drills(board.id), boards.findingsAt(board.id, points.map((p) => p.version))]);
    const body: TimelineResponse = {
      points: points.map((point, i) => {
        const phase = phaseIndexAt(timeline, point.at);
        return { version: point.version, at: point.at.toISOString(), findings: findings[i]!, phase: phase === 'ended' ? null : phase };
      }),
      phases: timeline && timeline.status !== 'idle' ? [...timeline.ended].sort((a, b) => a.takenAt.getTime() - b.takenAt.getTime()).map((end) => ({ phase: end.phase, endedAt: end.takenAt.toISOString() })) : [],
      drills: drills.map((drill) => ({
        preset: drill.preset,
        startedAt: new Date(drill.startedAt).toISOString(),
        endedAt: drill.endedAt === null ? null : new Date(drill.endedAt).toISOString(),
      })),
    };
    res.json(body);
  });

  router.get('/:id/history/:version/export.json', access, async (req: Request<{ id: string; version: string }>, res) => {
    const { board } = res.locals.access as Granted;
    const version = versionOf(req.params);
    const file = await boards.readVersionFile(board.id, version);
    sendAs(res, file.title, `-v${version}.scaleboard.json`).json(file);
  });

  router.post('/:id/history/:version/restore', access, json, async (req: Request<{ id: string; version: string }>, res) => {
    const { board, role } = editor(res);
    const version = versionOf(req.params);
    const body = parseOr400(restoreRequestSchema, req.body ?? {}, 'invalid restore request');
    const restored = await boards.restore(board.id, version, { name: body.name ?? 'Restore', role: role === 'owner' ? 'owner' : 'editor' });
    const answer: RestoreResponse = { version: restored };
    res.json(answer);
  });

  router.post('/:id/history/:version/label', access, json, async (req: Request<{ id: string; version: string }>, res) => {
    const { board } = editor(res);
    const version = versionOf(req.params);
    const { label } = parseOr400(labelVersionRequestSchema, req.body ?? {}, 'invalid label');
    await boards.labelVersion(board.id, version, label);
    res.json({ version, label });
  });

  return router;
}
