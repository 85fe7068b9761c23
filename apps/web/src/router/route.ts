/** The two screens: the landing page and one board. */
export type Route = { page: 'landing' } | { page: 'board'; boardId: string };

/** @example parseRoute('/b/abc') // { page: 'board', boardId: 'abc' } */
export function parseRoute(pathname: string): Route {
  const match = /^\/b\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) return { page: 'board', boardId: decodeURIComponent(match[1]) };
  return { page: 'landing' };
}

/** The key from a `#key=…` fragment, if any. */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key && key.length > 0 ? key : null;
}
