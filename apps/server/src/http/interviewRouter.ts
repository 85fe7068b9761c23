import { Router, type RequestHandler } from 'express';
import { slug } from '@scaleboard/board';
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
import { renderInterviewSummary } from '../interview/interviewSummary';
import type { InterviewService } from '../interview/InterviewService';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { jsonBody } from './jsonBody';
import { requestLang } from './requestLang';
import { parseOr400 } from './parseOr400';
import { requireBoardKey } from './requireBoardKey';

export interface InterviewRouterDeps {
  boards: BoardsService;
  interviews: InterviewService;
  maxBodyBytes: number;
}

type Granted = Extract<AccessResult, { ok: true }>;

/**
 * `/api/boards/:id/interview…`: the clock for any key; the private notes, rubric and phase
 * snapshots for the owner key only; the Markdown summary for any key, with the notes only
 * when the owner asks.
 */
export function interviewRouter({ boards, interviews, maxBodyBytes }: InterviewRouterDeps): Router {
  const router = Router();
  const json = jsonBody(maxBodyBytes);
  const access = requireBoardKey(boards);
  const ownerOnly: RequestHandler = (_req, res, next) => {
    const { role } = res.locals.access as Granted;
    next(role === 'owner' ? undefined : new HttpError(403, 'owner-only', 'Only the owner key can do this.'));
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

  router.get('/:id/interview/notes/revisions', access, ownerOnly, async (req, res) => {
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
    if (!snapshot) throw new HttpError(404, 'not-found', 'No snapshot of that phase yet.');
    const body: InterviewSnapshotResponse = { phase: snapshot.phase, takenAt: snapshot.takenAt.toISOString(), board: snapshot.board };
    res.json(body);
  });

  router.get('/:id/interview/summary.md', access, async (req, res) => {
    const { board: record, role } = res.locals.access as Granted;
    const lang = requestLang(req, res);
    const board = await boards.readFile(record.id);
    const [state, notes] = await Promise.all([
      interviews.state(record.id),
      role === 'owner' ? interviews.notes(record.id).then((n) => n ?? emptyInterviewNotes()) : Promise.resolve(null),
    ]);
    res
      .set('cache-control', 'no-store')
      .type('text/markdown; charset=utf-8')
      .attachment(`${slug(board.title)}-interview.md`)
      .send(renderInterviewSummary({ board, report: report(board, { lang }), state, notes, lang }));
  });

  return router;
}
