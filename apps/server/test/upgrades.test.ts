import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { eventually } from './eventually';
import { openRawSync } from './rawSync';
import { testServersClosedAfterEach, type TestServer } from './testServer';

const start = testServersClosedAfterEach();

const WEBSOCKET_HEADERS = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';

interface RawUpgrade {
  socket: Socket;
  /** Resolves when the server ends or closes the connection, with everything it wrote. */
  answered: Promise<string>;
}

/** A bare TCP client that writes one upgrade request and records what comes back. */
function rawUpgrade(server: TestServer, path: string, headers = WEBSOCKET_HEADERS): RawUpgrade {
  const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
  let text = '';
  socket.on('data', (chunk) => (text += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  const answered = new Promise<string>((resolve) => {
    socket.once('end', () => resolve(text));
    socket.once('close', () => resolve(text));
  });
  socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n`);
  return { socket, answered };
}

/** The answer, or a marker if the server left the socket open past `ms` (the bug under test). */
function within(ms: number, answered: Promise<string>): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const open = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still open'), ms)));
  return Promise.race([answered, open]).finally(() => clearTimeout(timer));
}

describe('HTTP upgrades nobody serves', () => {
  const UNSERVED: Array<[string, string, string]> = [
    ['a path nobody serves', '/nope', WEBSOCKET_HEADERS],
    ['a path beside Socket.IO’s', '/socket.iox', WEBSOCKET_HEADERS],
    ['Socket.IO’s path without a query', '/socket.io/', WEBSOCKET_HEADERS],
    ['Socket.IO’s path with a garbage query', '/socket.io/?EIO=garbage&transport=%00', WEBSOCKET_HEADERS],
    ['Socket.IO’s path with garbage headers', '/socket.io/?EIO=4&transport=websocket', 'Upgrade: garbage\r\nConnection: Upgrade\r\n'],
    ['the sync path with garbage headers', '/yjs/abc?key=x', 'Upgrade: garbage\r\nConnection: Upgrade\r\n'],
  ];
  it.each(UNSERVED)('answers an upgrade to %s and closes the socket', async (_name, path, headers) => {
    const server = await start();
    const { answered } = rawUpgrade(server, path, headers);
    const answer = await within(5000, answered);
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
  });

  it('answers 503 and closes when the key check never finishes (UPGRADE_TIMEOUT_MS)', async () => {
    const store = new MemoryBoardStore();
    const server = await start({ store, limits: { upgradeTimeoutMs: 200 } });
    const { id, keys } = await server.createBoard();
    store.getBoard = () => new Promise(() => undefined);
    const { answered } = rawUpgrade(server, `/yjs/${id}?key=${keys.view}`);
    expect(await within(5000, answered)).toMatch(/^HTTP\/1\.1 503 /);
  });

  it('survives a client that resets its socket while the key check is pending', async () => {
    const store = new MemoryBoardStore();
    const server = await start({ store });
    const { id, keys } = await server.createBoard();
    const realGetBoard = store.getBoard.bind(store);
    let release: () => void = () => undefined;
    let asked = false;
    store.getBoard = async (boardId) => {
      asked = true;
      await new Promise<void>((resolve) => (release = resolve));
      return realGetBoard(boardId);
    };
    const idle = await connectionCount(server);
    const { socket } = rawUpgrade(server, `/yjs/${id}?key=${keys.view}`);
    await eventually(() => expect(asked).toBe(true));
    socket.resetAndDestroy();
    // The server learns of the reset before the key check ends, then tries to answer.
    await eventually(async () => expect(await connectionCount(server)).toBeLessThanOrEqual(idle));
    release();
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('connection slots of refused handshakes', () => {
  it('gives the slot back when ws refuses a handshake with a valid key but bad headers', async () => {
    const server = await start({ limits: { maxConnectionsPerIp: 2 } });
    const { id, keys } = await server.createBoard();
    for (let i = 0; i < 3; i++) {
      const { answered } = rawUpgrade(server, `/yjs/${id}?key=${keys.view}`, 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n');
      expect(await within(5000, answered)).toMatch(/^HTTP\/1\.1 400 /);
    }
    const honest = openRawSync(server.wsUrl, id, keys.view);
    expect(await honest.status).toBe(101);
    honest.ws.close();
  });
});

function connectionCount(server: TestServer): Promise<number> {
  return new Promise((resolve, reject) => server.app.httpServer.getConnections((error, count) => (error ? reject(error) : resolve(count))));
}
