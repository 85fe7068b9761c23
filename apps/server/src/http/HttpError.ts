import type { ErrorRequestHandler } from 'express';
import { DEFAULT_LANG, say, type Lang, type Message } from '@scaleboard/rules';
import type { Logger } from 'pino';
import { BoardsError, type BoardsErrorReason } from '../boards/BoardsError';
import { negotiatedLang } from './requestLang';

/**
 * An error with the status and code the client gets; the message is safe to show. A message given
 * as a resource key (`{ key: 'errors.forbidden' }`) is said in the request's language; the code
 * stays the same in every language.
 */
export class HttpError extends Error {
  readonly said: Message | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Message,
    readonly path?: string,
  ) {
    super(typeof message === 'string' ? message : say(DEFAULT_LANG, message));
    this.said = typeof message === 'string' ? undefined : message;
  }
}

/** The one place a boards refusal becomes an HTTP status; its reason is the client's `code`. */
const BOARDS_ERROR_STATUS: Record<BoardsErrorReason, number> = {
  'invalid-board': 400,
  'unknown-template': 400,
  'board-too-large': 413,
  'not-found': 404,
  'too-many-replay-links': 409,
};

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Turns every error into `{ error: { code, message } }`; internals never leak to the client. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const lang = negotiatedLang(req);
    const { status, code, message, path, translated } = describe(error, lang);
    if (status >= 500) logger.error({ err: error }, 'request failed');
    if (translated) res.vary('Accept-Language').set('content-language', lang);
    res.status(status).json({ error: { code, message, ...(path ? { path } : {}) } });
  };
}

function describe(error: unknown, lang: Lang): { status: number; code: string; message: string; path?: string; translated?: boolean } {
  if (error instanceof HttpError) {
    const { status, code, path, said } = error;
    return said ? { status, code, path, message: say(lang, said), translated: true } : { status, code, path, message: error.message };
  }
  if (error instanceof BoardsError) {
    const { reason, path, said } = error;
    const status = BOARDS_ERROR_STATUS[reason];
    return said ? { status, code: reason, path, message: say(lang, said), translated: true } : { status, code: reason, path, message: error.message };
  }
  // Express decodes path parameters with decodeURIComponent, which throws on malformed escapes.
  if (error instanceof URIError) return { status: 400, code: 'bad-url', message: 'The URL is not validly percent-encoded.' };
  const parser = error as BodyParserError;
  if (parser.type === 'entity.parse.failed') return { status: 400, code: 'bad-json', message: 'The request body is not valid JSON.' };
  if (parser.type === 'entity.too.large')
    return { status: 413, code: 'too-large', message: say(lang, { key: 'errors.bodyTooLarge', params: { limit: parser.limit ?? '' } }), translated: true };
  if (parser.type === 'encoding.unsupported' || parser.type === 'charset.unsupported')
    return { status: 415, code: 'unsupported-encoding', message: 'Unsupported body encoding.' };
  return { status: 500, code: 'internal', message: say(lang, { key: 'errors.internal' }), translated: true };
}
