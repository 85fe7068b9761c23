import type { LimitsResponse } from '@scaleboard/protocol';

let asked: Promise<LimitsResponse | null> | undefined;

/**
 * `GET /api/limits`: the server's own limits, asked once per page; `null` when the server cannot
 * be reached (asked again next time), so a check that needs them is left to the server itself.
 *
 * @example const limits = await serverLimits(); if (limits && file.size > limits.maxBodyBytes) refuse();
 */
export function serverLimits(): Promise<LimitsResponse | null> {
  asked ??= fetch('/api/limits')
    .then((response) => (response.ok ? (response.json() as Promise<LimitsResponse>) : null))
    .catch(() => null)
    .then((limits) => {
      if (!limits) asked = undefined;
      return limits;
    });
  return asked;
}
