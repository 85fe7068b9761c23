import type { IncomingMessage } from 'node:http';

/**
 * Which web pages may open the websockets (cross-site websocket hijacking defence). Browsers
 * always send `Origin` on a websocket; scripts and other non-browser clients usually send none
 * and carry a key anyway, so a missing `Origin` is admitted. A present one must be this
 * server's own origin (same host and port as the request), `PUBLIC_URL`'s origin, or listed in
 * `ALLOWED_ORIGINS`.
 *
 * @example const allowed = originPolicy({ publicUrl: 'https://board.example', allowedOrigins: [] }); allowed(request)
 */
export function originPolicy({ publicUrl, allowedOrigins }: { publicUrl?: string | undefined; allowedOrigins: string[] }) {
  const allowed = new Set(allowedOrigins.map(normalise));
  if (publicUrl) allowed.add(normalise(publicUrl));
  return (request: IncomingMessage): boolean => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    if (allowed.has(normalise(origin))) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };
}

function normalise(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}
