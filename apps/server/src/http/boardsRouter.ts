import { Router } from 'express';
import { metaOf } from '@scaleboard/board';
import { z } from 'zod';
import { createBoardRequestSchema, type BoardInfoResponse, type BoardRoleResponse } from '@scaleboard/protocol';
import { report, simulate } from '@scaleboard/rules';
import type { BoardsService } from '../boards/BoardsService';
import type { AccessResult } from '../rooms/BoardAccess';
import { jsonBody } from './jsonBody';
import { parseOr400 } from './parseOr400';
import { requestLang } from './requestLang';
import { requireBoardKey } from './requireBoardKey';
import { scenarioOf, scenarioQuerySchema } from './scenarioQuery';
import { sendAs } from './sendAs';

export interface BoardsRouterDeps {
  boards: BoardsService;
  maxBodyBytes: number;
}

type Granted = Extract<AccessResult, { ok: true }>;

/** `GET /api/boards/:id`'s own query: `fields=role` (`key` is requireBoardKey's; others are ignored, as before). */
const boardInfoQuerySchema = z.object({ fields: z.enum(['role']).optional() });

/** `/api/boards`: create, open, export, report. */
export function boardsRouter({ boards, maxBodyBytes }: BoardsRouterDeps): Router {
  const router = Router();
  const json = jsonBody(maxBodyBytes);

  router.post('/', json, async (req, res) => {
    const body = req.body === undefined ? {} : req.body;
    const request = parseOr400(createBoardRequestSchema, body, 'invalid request');
    res.status(201).json(await boards.create(request, requestLang(req, res)));
  });

  // `?fields=role`: the role alone, without reading the document — what the board's page asks
  // while its sync socket loads the board (docs/canvas.md, "What a board waits for").
  router.get('/:id', requireBoardKey(boards), async (req, res) => {
    const { board, role } = res.locals.access as Granted;
    const { fields } = parseOr400(boardInfoQuerySchema, req.query, 'invalid query');
    if (fields === 'role') {
      const answer: BoardRoleResponse = { id: board.id, role };
      return void res.json(answer);
    }
    const title = await boards.readDoc(board.id, (doc) => metaOf(doc).get('title'));
    const info: BoardInfoResponse = { id: board.id, title: typeof title === 'string' ? title : board.title, role };
    res.json(info);
  });

  router.get('/:id/export.json', requireBoardKey(boards), async (req, res) => {
    const { board } = res.locals.access as Granted;
    const file = await boards.readFile(board.id);
    sendAs(res, file.title, '.scaleboard.json').json(file);
  });

  // With `fail`, `traffic` or `hitRatio`, the report under that what-if drill (`scaleboard simulate`'s shape).
  router.get('/:id/report', requireBoardKey(boards), async (req, res) => {
    const { board } = res.locals.access as Granted;
    const lang = requestLang(req, res);
    const query = parseOr400(scenarioQuerySchema, req.query, 'invalid scenario');
    const file = await boards.readFile(board.id);
    const scenario = scenarioOf(query, file);
    res.json(scenario ? simulate(file, scenario, { lang }) : report(file, { lang }));
  });

  return router;
}
