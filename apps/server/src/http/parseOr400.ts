import { firstIssue } from '@scaleboard/rules';
import type { z } from 'zod';
import { HttpError } from './HttpError';

/**
 * `input` parsed by `schema`, or a 400 `bad-request` naming the first problem and its path
 * (`fallback` when the issue has no message of its own).
 *
 * @example const { from, to } = parseOr400(timelineQuerySchema, req.query, 'invalid timeline query');
 */
export function parseOr400<T extends z.ZodType>(schema: T, input: unknown, fallback: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { path, message } = firstIssue(parsed.error, fallback);
  throw new HttpError(400, 'bad-request', `${path}: ${message}`, path);
}
