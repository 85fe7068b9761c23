import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { io as ioClient, type Socket } from 'socket.io-client';
import { openRawSync } from './rawSync';
import { startTestServer, type TestServer, type TestServerOptions } from './testServer';

/**
 * TRUSTED_PROXIES on the real server: requests arrive from this machine's non-loopback address
 * (as they do from nginx in its own container), each claiming a client in X-Forwarded-For.
 * Whether that claim is believed decides whose rate limit and connection budget they spend.
 */
const proxyAddress = nonLoopbackAddress();

const servers: TestServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.disconnect();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: TestServerOptions): Promise<TestServer> {
  const server = await startTestServer({ host: proxyAddress, ...options });
  servers.push(server);
  return server;
}

function getAs(server: TestServer, path: string, forwardedFor: string): Promise<number> {
  return fetch(`${server.url}/api/boards/${path}`, { headers: { 'x-forwarded-for': forwardedFor } }).then((res) => res.status);
}

function roomAs(server: TestServer, boardId: string, key: string, forwardedFor: string): Promise<'connected' | string> {
  const socket = ioClient(server.url, {
    transports: ['websocket'],
    auth: { boardId, key, name: 'Probe' },
    extraHeaders: { 'x-forwarded-for': forwardedFor },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
}

describe('clients behind a trusted proxy (TRUSTED_PROXIES)', () => {
  it('the peer is not loopback: the test reaches the server from another address', () => {
    expect(proxyAddress).not.toMatch(/^(127\.|::1$|::ffff:127\.)/);
  });

  it('gives two clients of a trusted proxy separate REST rate limits', async () => {
    const server = await start({ trustedProxies: [proxyAddress], limits: { restRequestsPerMinute: 3 } });
    const { id, keys } = await server.createBoard();
    const path = `${id}?key=${keys.view}`;
    const firstClient = [];
    for (let i = 0; i < 4; i++) firstClient.push(await getAs(server, path, '198.51.100.1'));
    expect(firstClient).toEqual([200, 200, 200, 429]);
    expect(await getAs(server, path, '198.51.100.2')).toBe(200);
  });

  it('gives two clients of a trusted proxy separate connection budgets, on both websockets', async () => {
    const server = await start({ trustedProxies: [proxyAddress], limits: { maxConnectionsPerIp: 2 } });
    const { id, keys } = await server.createBoard();
    const first = [openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.1' }), openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.1' })];
    expect(await Promise.all(first.map((s) => s.status))).toEqual([101, 101]);
    expect(await openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.1' }).status).toBe(429);
    expect(await roomAs(server, id, keys.edit, '198.51.100.1')).toBe('too-many-connections');

    expect(await openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.2' }).status).toBe(101);
    expect(await roomAs(server, id, keys.edit, '198.51.100.2')).toBe('connected');
  });

  it('ignores X-Forwarded-For from a peer it does not trust (the default trusts loopback only)', async () => {
    const server = await start({ limits: { restRequestsPerMinute: 3, maxConnectionsPerIp: 1 } });
    const { id, keys } = await server.createBoard();
    const path = `${id}?key=${keys.view}`;
    // Every claimed client spends the peer's one budget (which creating the board began).
    expect([await getAs(server, path, '198.51.100.1'), await getAs(server, path, '198.51.100.2')]).toEqual([200, 200]);
    expect(await getAs(server, path, '198.51.100.3')).toBe(429);
    expect(await openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.1' }).status).toBe(101);
    expect(await openRawSync(server.wsUrl, id, keys.edit, { 'x-forwarded-for': '198.51.100.2' }).status).toBe(429);
    expect(await roomAs(server, id, keys.edit, '198.51.100.3')).toBe('too-many-connections');
  });

  it('believes only the hops it trusts: a client cannot pose as another by prepending to the header', async () => {
    const server = await start({ trustedProxies: [proxyAddress], limits: { restRequestsPerMinute: 3 } });
    const { id, keys } = await server.createBoard();
    const path = `${id}?key=${keys.view}`;
    // The proxy appends the client it saw; what the client wrote before that is not believed.
    for (const forged of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) expect(await getAs(server, path, `${forged}, 198.51.100.9`)).toBe(200);
    expect(await getAs(server, path, '10.0.0.4, 198.51.100.9')).toBe(429);
  });
});

/** This machine's first non-loopback IPv4 address: what a proxy in another container looks like. */
function nonLoopbackAddress(): string {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  throw new Error('this test needs a non-loopback IPv4 address on some interface');
}
