import { Router, type Request, type RequestHandler } from 'express';
import {
  MAX_NOTE_REVISIONS,
  emptyInterviewNotes,
  interviewNotesSchema,
  noteRevisionsQuerySchema,
  type InterviewSnapshotResponse,
  type NoteRevisionsResponse,
} from '@scaleboard/protocol';
import { report } from '@scaleboard/rules';
import type { BoardsService } from '../boards/BoardsService';
import type { ReplayLinks } from '../boards/ReplayLinks';
import { renderInterviewSummary } from '../interview/interviewSummary';
import { phaseStarts } from '../interview/phaseAt';
import type { InterviewService } from '../interview/InterviewService';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { jsonBody } from './jsonBody';
import { requestLang } from './requestLang';
import { sendAs } from './sendAs';
import { parseOr400 } from './parseOr400';
import { requireBoardKey } from './requireBoardKey';

export interface InterviewRouterDeps {
  boards: BoardsService;
  /** A replay link minted with the notes may read their revisions, and nothing else here. */
  replayLinks: ReplayLinks;
  interviews: InterviewService;
  maxBodyBytes: number;
  /** PUBLIC_URL: the base of the summary's links into the replay; the request's own origin when unset. */
  publicUrl?: string | undefined;
}

/** The origin a request came to, as the summary's links need it (a malformed Host header gives localhost's). */
function requestOrigin(req: Request): string {
  try {
    return new URL(`${req.protocol}://${req.get('host') ?? 'localhost'}`).origin;
  } catch {
    return 'http://localhost';
  }
}

type Granted = Extract<AccessResult, { ok: true }>;

/**
 * `/api/boards/:id/interview…`: the clock for any key; the private notes, rubric and phase
 * snapshots for the owner key only; the Markdown summary for any key, with the notes only
 * when the owner asks.
 */
export function interviewRouter({ boards, replayLinks, interviews, maxBodyBytes, publicUrl }: InterviewRouterDeps): Router {
  const router = Router();
  const json = jsonBody(maxBodyBytes);
  const access = requireBoardKey(boards);
  const ownerOnly: RequestHandler = (_req, res, next) => {
    const { role } = res.locals.access as Granted;
    next(role === 'owner' ? undefined : new HttpError(403, 'owner-only', { key: 'errors.ownerOnly' }));
  };

  router.get('/:id/interview', access, async (req, res) => {
    res.json(await interviews.state(req.params.id));
  });

  router.get('/:id/interview/notes', access, ownerOnly, async (req, res) => {
    res.set('cache-control', 'no-store').json((await interviews.notes(req.params.id)) ?? emptyInterviewNotes());
  });

  router.put('/:id/interview/notes', access, ownerOnly, json, async (req, res) => {
    const notes = parseOr400(interviewNotesSchema, req.body, 'invalid notes');
    await interviews.saveNotes(req.params.id, notes);
    res.set('cache-control', 'no-store').json(notes);
  });

  // The replay's notes: the owner's, and a replay link's when the owner minted it with them.
  const ownerOrNotesLink: RequestHandler = (_req, res, next) => {
    const { role, replayLink } = res.locals.access as Granted;
    if (replayLink) return next(replayLink.includeNotes ? undefined : new HttpError(403, 'notes-not-included', { key: 'errors.notesNotIncluded' }));
    next(role === 'owner' ? undefined : new HttpError(403, 'owner-only', { key: 'errors.ownerOnly' }));
  };
  router.get('/:id/interview/notes/revisions', requireBoardKey(boards, replayLinks), ownerOrNotesLink, async (req, res) => {
    const { from, to } = parseOr400(noteRevisionsQuerySchema, req.query, 'invalid revisions query');
    const revisions = await interviews.noteRevisions(req.params.id, {
      ...(from === undefined ? {} : { from: new Date(from) }),
      ...(to === undefined ? {} : { to: new Date(to) }),
      limit: MAX_NOTE_REVISIONS,
    });
    const body: NoteRevisionsResponse = { revisions: revisions.map(({ savedAt, notes, rubric }) => ({ at: savedAt.toISOString(), notes, rubric })) };
    res.set('cache-control', 'no-store').json(body);
  });

  router.get('/:id/interview/snapshots/:phase', access, ownerOnly, async (req, res) => {
    const phase = Number((req.params as Record<string, string>).phase);
    const snapshot = Number.isInteger(phase) ? await interviews.snapshot(req.params.id, phase) : null;
    if (!snapshot) throw new HttpError(404, 'not-found', { key: 'errors.noSnapshot' });
    const body: InterviewSnapshotResponse = { phase: snapshot.phase, takenAt: snapshot.takenAt.toISOString(), board: snapshot.board };
    res.json(body);
  });

  router.get('/:id/interview/summary.md', access, async (req, res) => {
    const { board: record, role } = res.locals.access as Granted;
    const lang = requestLang(req, res);
    const board = await boards.readFile(record.id);
    const owner = role === 'owner';
    const [state, notes, timeline, lastRevision] = await Promise.all([
      interviews.state(record.id),
      owner ? interviews.notes(record.id).then((n) => n ?? emptyInterviewNotes()) : Promise.resolve(null),
      interviews.phaseTimeline(record.id),
      owner ? interviews.noteRevisions(record.id, { limit: 1 }) : Promise.resolve([]),
    ]);
    const replay = { base: publicUrl ?? requestOrigin(req), boardId: record.id, phaseStarts: phaseStarts(timeline), notesSavedAt: lastRevision[0]?.savedAt ?? null };
    sendAs(res, board.title, '-interview.md')
      .set('cache-control', 'no-store')
      .type('text/markdown; charset=utf-8')
      .send(renderInterviewSummary({ board, report: report(board, { lang }), state, notes, replay, lang }));
  });

  return router;
}
