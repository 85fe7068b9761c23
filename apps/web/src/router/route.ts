/** The screens: the landing page, one board, and one board's replay (docs/history.md#replay-links). */
export type Route = { page: 'landing' } | { page: 'board'; boardId: string } | { page: 'replay'; boardId: string };

/** @example parseRoute('/b/abc') // { page: 'board', boardId: 'abc' } */
export function parseRoute(pathname: string): Route {
  const match = /^\/b\/([^/]+)(\/replay)?\/?$/.exec(pathname);
  if (match?.[1]) return { page: match[2] ? 'replay' : 'board', boardId: decodeURIComponent(match[1]) };
  return { page: 'landing' };
}

/** The key from a `#key=…` fragment, if any. */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key && key.length > 0 ? key : null;
}

/**
 * The moment a replay link starts at, from its `#at=ISO_TIME` fragment (the interview summary's
 * links), in ms; null without one or for one that is not a time.
 *
 * @example atFromHash('#key=k&at=2026-12-03T09%3A30%3A00.000Z') // 1796290200000
 */
export function atFromHash(hash: string): number | null {
  const at = new URLSearchParams(hash.replace(/^#/, '')).get('at');
  const time = at === null ? Number.NaN : Date.parse(at);
  return Number.isFinite(time) ? time : null;
}
