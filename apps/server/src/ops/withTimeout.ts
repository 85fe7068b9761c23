/**
 * Rejects when `promise` has not settled within `ms`. Readiness checks and shutdown steps use it
 * so that a dependency that stopped answering (a Redis command queued while the connection is
 * down waits forever) cannot hang the caller.
 *
 * @example await withTimeout(redis.ping(), 1000, 'redis ping')
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
