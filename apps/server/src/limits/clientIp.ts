import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The address a connection comes from, for per-IP limits. A load balancer on this machine
 * (nginx in the scale-out) is trusted to say who its client was in `X-Forwarded-For`, exactly
 * as Express's `trust proxy: 'loopback'` does for REST; nobody else is.
 *
 * @example clientIp(request) // '203.0.113.7'
 */
export function clientIp(request: IncomingMessage): string {
  let address = request.socket.remoteAddress ?? 'unknown';
  const header = request.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((part) => part.trim());
  // Walk from the nearest hop outwards while the hop is a trusted (loopback) proxy.
  while (LOOPBACK.test(address) && forwarded.length > 0) {
    const next = forwarded.pop() as string;
    if (!isIP(next)) break;
    address = next;
  }
  return address;
}
