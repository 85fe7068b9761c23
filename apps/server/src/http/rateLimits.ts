import type { RequestHandler } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { HttpError } from './HttpError';

export interface RateLimitOptions {
  restRequestsPerMinute: number;
  boardsCreatedPerMinute: number;
  /** Makes a store per limiter (Redis in the scale-out); in-process memory when absent. */
  storeFor?: (name: string) => Store;
}

/**
 * REST rate limits per client address, per minute: every API request, and board creation
 * (which writes to the database) more tightly. Over a limit: 429 with `Retry-After` and the
 * `RateLimit` headers, and the usual error body naming the limit.
 *
 * @example const limits = restRateLimits({ restRequestsPerMinute: 600, boardsCreatedPerMinute: 30 }); app.use('/api', limits.api)
 */
export function restRateLimits(options: RateLimitOptions): { api: RequestHandler; createBoard: RequestHandler } {
  const limiter = (name: string, limit: number, variable: string): RequestHandler =>
    rateLimit({
      windowMs: 60_000,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      ...(options.storeFor ? { store: options.storeFor(name) } : {}),
      handler: (_req, _res, next) => next(new HttpError(429, 'rate-limited', { key: 'errors.rateLimited', params: { limit, variable } })),
    });
  return {
    api: limiter('api', options.restRequestsPerMinute, 'RATE_LIMIT_PER_MINUTE'),
    createBoard: limiter('create', options.boardsCreatedPerMinute, 'RATE_LIMIT_CREATE_PER_MINUTE'),
  };
}
