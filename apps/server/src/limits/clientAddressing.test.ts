import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressing } from './clientAddressing';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientIp with the default trust (loopback)', () => {
  const { clientIp } = clientAddressing(['loopback']);
  it.each([
    ['a direct client', request('203.0.113.7'), '203.0.113.7'],
    ['a direct client lying in X-Forwarded-For', request('203.0.113.7', '10.0.0.1'), '203.0.113.7'],
    ['nginx on this machine, forwarding its client', request('127.0.0.1', '198.51.100.2'), '198.51.100.2'],
    ['nginx forwarding a client that sent its own header', request('::ffff:127.0.0.1', '10.9.9.9, 198.51.100.2'), '198.51.100.2'],
    ['IPv6 loopback proxy', request('::1', '2001:db8::1'), '2001:db8::1'],
    ['a local client with no proxy', request('127.0.0.1'), '127.0.0.1'],
    ['a proxy in another container, not trusted by default', request('172.30.89.10', '198.51.100.2'), '172.30.89.10'],
  ])('%s', (_name, req, expected) => {
    expect(clientIp(req)).toBe(expected);
  });
});

describe('clientIp with TRUSTED_PROXIES set to a compose network', () => {
  const { clientIp, trust } = clientAddressing(['loopback', '172.30.89.0/24']);
  it.each([
    ['nginx in its container, forwarding its client', request('172.30.89.10', '198.51.100.2'), '198.51.100.2'],
    ['the same as an IPv4-mapped IPv6 peer', request('::ffff:172.30.89.10', '198.51.100.2'), '198.51.100.2'],
    ['a forged hop before the proxy’s own entry is not believed', request('172.30.89.10', '10.0.0.1, 198.51.100.2'), '198.51.100.2'],
    ['a chain of trusted hops is walked to the first untrusted one', request('127.0.0.1', '198.51.100.2, 172.30.89.11'), '198.51.100.2'],
    ['a peer outside the range is the client, whatever it claims', request('172.30.90.10', '198.51.100.2'), '172.30.90.10'],
    ['a trusted peer with no header is the client', request('172.30.89.10'), '172.30.89.10'],
  ])('%s', (_name, req, expected) => {
    expect(clientIp(req)).toBe(expected);
  });

  it('gives Express the same trust', () => {
    expect([trust('172.30.89.200', 0), trust('127.0.0.1', 0), trust('172.30.90.1', 0), trust('203.0.113.7', 1)]).toEqual([true, true, false, false]);
  });
});

describe('clientAddressing', () => {
  it.each([['not-an-address'], ['10.0.0.0/99'], ['']])('refuses %j', (entry) => {
    expect(() => clientAddressing([entry])).toThrow();
  });
  it('accepts the named ranges', () => {
    expect(() => clientAddressing(['loopback', 'linklocal', 'uniquelocal', '::1', '10.0.0.0/8'])).not.toThrow();
  });
});
