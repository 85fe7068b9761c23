import type { Request, Response } from 'express';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { BoardsError, type BoardsErrorReason } from '../boards/BoardsError';
import { errorHandler } from './HttpError';

function answer(error: unknown, lang?: string): { status: number; body: unknown } {
  const sent = { status: 0, body: undefined as unknown };
  const res = {
    vary() {
      return this;
    },
    set() {
      return this;
    },
    status(code: number) {
      sent.status = code;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
      return this;
    },
  };
  // Without `lang` a request that asks for no language: the handler says its messages in English.
  const req = { query: lang ? { lang } : {}, acceptsLanguages: () => false };
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

  it('answers an unexpected error with 500 internal, its message in the request language, no internals', () => {
    const boom = new Error('secret stack detail');
    expect(answer(boom)).toEqual({ status: 500, body: { error: { code: 'internal', message: 'Something went wrong on the server.' } } });
    expect(answer(boom, 'ko')).toEqual({ status: 500, body: { error: { code: 'internal', message: '서버에서 문제가 생겼습니다.' } } });
  });
});
