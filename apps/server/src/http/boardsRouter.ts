import { Router } from 'express';
import { metaOf, slug } from '@scaleboard/board';
import { createBoardRequestSchema, type BoardInfoResponse } from '@scaleboard/protocol';
import { firstIssue, report } from '@scaleboard/rules';
import type { BoardsService } from '../boards/BoardsService';
import type { AccessResult } from '../rooms/BoardAccess';
import { HttpError } from './HttpError';
import { jsonBody } from './jsonBody';
import { requireBoardKey } from './requireBoardKey';

export interface BoardsRouterDeps {
  boards: BoardsService;
  maxBodyBytes: number;
}

type Granted = Extract<AccessResult, { ok: true }>;

/** `/api/boards`: create, open, export, report. */
export function boardsRouter({ boards, maxBodyBytes }: BoardsRouterDeps): Router {
  const router = Router();
  const json = jsonBody(maxBodyBytes);

  router.post('/', json, async (req, res) => {
    const body = req.body === undefined ? {} : req.body;
    const parsed = createBoardRequestSchema.safeParse(body);
    if (!parsed.success) {
      const { path, message } = firstIssue(parsed.error, 'invalid request');
      throw new HttpError(400, 'bad-request', `${path}: ${message}`, path);
    }
    res.status(201).json(await boards.create(parsed.data));
  });

  router.get('/:id', requireBoardKey(boards), async (req, res) => {
    const { board, role } = res.locals.access as Granted;
    const title = await boards.readDoc(board.id, (doc) => metaOf(doc).get('title'));
    const info: BoardInfoResponse = { id: board.id, title: typeof title === 'string' ? title : board.title, role };
    res.json(info);
  });

  router.get('/:id/export.json', requireBoardKey(boards), async (req, res) => {
    const { board } = res.locals.access as Granted;
    const file = await boards.readFile(board.id);
    res.attachment(`${slug(file.title)}.scaleboard.json`).json(file);
  });

  router.get('/:id/report', requireBoardKey(boards), async (req, res) => {
    const { board } = res.locals.access as Granted;
    const file = await boards.readFile(board.id);
    res.json(report(file));
  });

  return router;
}
