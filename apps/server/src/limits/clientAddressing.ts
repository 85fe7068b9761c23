import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** Is the hop at `address` (`hop` steps from this server) a proxy whose X-Forwarded-For we believe? */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** Who is on the other end of a request, after the proxies we trust (TRUSTED_PROXIES). */
export interface ClientAddressing {
  /** Given to Express as `trust proxy`, so `req.ip` (the REST rate limits) walks the same hops. */
  trust: ProxyTrust;
  /** The client address of a websocket upgrade, for per-IP connection limits. */
  clientIp(request: IncomingMessage): string;
}

/**
 * Compiles TRUSTED_PROXIES once for every channel. The walk is proxy-addr's, the one Express
 * uses: from the peer outwards through X-Forwarded-For while the hop is trusted, so a client
 * can prepend whatever it likes and is still seen as the address the trusted proxy saw.
 * Throws on an entry that is not an address, a CIDR or a proxy-addr name (`loopback`,
 * `linklocal`, `uniquelocal`).
 *
 * @example clientAddressing(['loopback', '172.30.89.0/24']).clientIp(request) // '203.0.113.7'
 */
export function clientAddressing(trustedProxies: readonly string[]): ClientAddressing {
  const trust = proxyAddr.compile([...trustedProxies]);
  return { trust, clientIp: (request) => proxyAddr(request, trust) };
}
