import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { BoardsError, type BoardsErrorReason } from '../boards/BoardsError';

/** An error with the status and code the client gets; the message is safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
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
  return (error: unknown, _req, res, _next) => {
    const { status, code, message, path } = describe(error);
    if (status >= 500) logger.error({ err: error }, 'request failed');
    res.status(status).json({ error: { code, message, ...(path ? { path } : {}) } });
  };
}

function describe(error: unknown): { status: number; code: string; message: string; path?: string } {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message, path: error.path };
  if (error instanceof BoardsError) return { status: BOARDS_ERROR_STATUS[error.reason], code: error.reason, message: error.message, path: error.path };
  // Express decodes path parameters with decodeURIComponent, which throws on malformed escapes.
  if (error instanceof URIError) return { status: 400, code: 'bad-url', message: 'The URL is not validly percent-encoded.' };
  const parser = error as BodyParserError;
  if (parser.type === 'entity.parse.failed') return { status: 400, code: 'bad-json', message: 'The request body is not valid JSON.' };
  if (parser.type === 'entity.too.large')
    return { status: 413, code: 'too-large', message: `The request body is larger than the ${parser.limit ?? ''} bytes allowed (MAX_BODY_BYTES).` };
  if (parser.type === 'encoding.unsupported' || parser.type === 'charset.unsupported')
    return { status: 415, code: 'unsupported-encoding', message: 'Unsupported body encoding.' };
  return { status: 500, code: 'internal', message: 'Something went wrong on the server.' };
}
