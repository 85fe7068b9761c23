import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp } from './clientIp';

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientIp', () => {
  it.each([
    ['a direct client', request('203.0.113.7'), '203.0.113.7'],
    ['a direct client lying in X-Forwarded-For', request('203.0.113.7', '10.0.0.1'), '203.0.113.7'],
    ['nginx on this machine, forwarding its client', request('127.0.0.1', '198.51.100.2'), '198.51.100.2'],
    ['nginx forwarding a client that sent its own header', request('::ffff:127.0.0.1', '10.9.9.9, 198.51.100.2'), '198.51.100.2'],
    ['IPv6 loopback proxy', request('::1', '2001:db8::1'), '2001:db8::1'],
    ['a local client with no proxy', request('127.0.0.1'), '127.0.0.1'],
    ['a garbage header', request('127.0.0.1', 'not-an-ip'), '127.0.0.1'],
  ])('%s', (_name, req, expected) => {
    expect(clientIp(req)).toBe(expected);
  });
});
