import type { Request, Response } from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { BoardsError, type BoardsErrorReason } from '../boards/BoardsError';
import { errorHandler } from './HttpError';

function answer(error: unknown): { status: number; body: unknown } {
  const sent = { status: 0, body: undefined as unknown };
  const res = {
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  // A request that asks for no language: the handler says its messages in English.
  const req = { query: {}, acceptsLanguages: () => false };
  errorHandler(pino({ level: 'silent' }))(error, req as unknown as Request, res as unknown as Response, () => undefined);
  return sent;
}

describe('errorHandler', () => {
  it.each<[BoardsErrorReason, number]>([
    ['invalid-board', 400],
    ['unknown-template', 400],
    ['board-too-large', 413],
    ['not-found', 404],
  ])('answers a BoardsError %s with %i, the reason as its code and the field it names', (reason, status) => {
    expect(answer(new BoardsError(reason, 'why', 'board'))).toEqual({ status, body: { error: { code: reason, message: 'why', path: 'board' } } });
  });
});
