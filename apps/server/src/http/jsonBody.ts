import express, { type RequestHandler } from 'express';
import { jsonDeeperThan, tooDeep } from '@scaleboard/rules';
import { HttpError } from './HttpError';

/**
 * The JSON body parser of every route: at most `maxBodyBytes` (MAX_BODY_BYTES), objects or
 * arrays only, and no deeper than MAX_JSON_DEPTH — checked on the raw text before `JSON.parse`,
 * because the recursive code that reads the body afterwards (zod, Yjs's encoder) overflowed the
 * stack on 100,000 levels: a 500. A body parsed once is not parsed again by a later route.
 *
 * @example router.post('/', jsonBody(limits.maxBodyBytes), handler)
 */
export function jsonBody(maxBodyBytes: number): RequestHandler {
  return express.json({
    limit: maxBodyBytes,
    strict: true,
    verify: (_req, _res, body) => {
      if (jsonDeeperThan(body.toString('utf8'))) throw new HttpError(400, 'too-deep', `The request body is ${tooDeep()}.`);
    },
  });
}
