import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addNode } from '@scaleboard/board';
import { BOARD_FORMAT } from '@scaleboard/rules';
import { io as ioClient } from 'socket.io-client';
import { CLOSE_CODES } from '../src/rooms/RoomSession';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { encodeSyncUpdate } from '../src/sync/yMessages';
import { openRawSync, settled } from './rawSync';
import { testServersClosedAfterEach, type TestServer } from './testServer';

const start = testServersClosedAfterEach();

function post(server: TestServer, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  return fetch(`${server.url}/api/boards`, { method: 'POST', headers, body });
}

function boardWith(nodes: number) {
  return {
    format: BOARD_FORMAT,
    title: 'Big',
    assumptions: {},
    nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n${i}`, kind: 'cache', label: `C${i}`, x: i, y: 0, props: {} })),
    edges: [],
  };
}

describe('REST bodies and imports', () => {
  it('refuses an oversized body with 413 naming the limit, and creates nothing', async () => {
    const store = new MemoryBoardStore();
    const created = vi.spyOn(store, 'createBoard');
    const server = await start({ store, limits: { maxBodyBytes: 2048 } });
    const res = await post(server, JSON.stringify({ title: 'x'.repeat(4096) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'too-large', message: expect.stringContaining('2048 bytes allowed (MAX_BODY_BYTES)') } });
    expect(created).not.toHaveBeenCalled();
  });

  it('tells any client, without a key, the body limit it enforces (GET /api/limits)', async () => {
    const server = await start({ limits: { maxBodyBytes: 2048 } });
    const res = await fetch(`${server.url}/api/limits`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ maxBodyBytes: 2048 });
  });

  it('refuses an import with more elements than a board may hold with 413, and creates nothing', async () => {
    const store = new MemoryBoardStore();
    const created = vi.spyOn(store, 'createBoard');
    const server = await start({ store, limits: { maxBoardElements: 10 } });
    const res = await post(server, JSON.stringify({ board: boardWith(11) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'board-too-large', path: 'board', message: expect.stringContaining('MAX_BOARD_ELEMENTS') } });
    expect(created).not.toHaveBeenCalled();
    expect((await post(server, JSON.stringify({ board: boardWith(10) }))).status).toBe(201);
    const dataUrl = `data:application/json;base64,${Buffer.from(JSON.stringify(boardWith(11))).toString('base64')}`;
    const asFile = await post(server, JSON.stringify({ board: dataUrl }));
    expect(asFile.status).toBe(413);
    expect(await asFile.json()).toMatchObject({ error: { code: 'board-too-large' } });
    expect(created).toHaveBeenCalledTimes(1);
  });

  const MALFORMED: Array<[string, string, Record<string, string>, number, string, RegExp]> = [
    ['broken JSON', '{"title": ', { 'content-type': 'application/json' }, 400, 'bad-json', /not valid JSON/],
    ['a JSON string instead of an object', '"hello"', { 'content-type': 'application/json' }, 400, 'bad-json', /not valid JSON/],
    ['an unknown field', '{"titel": "x"}', { 'content-type': 'application/json' }, 400, 'bad-request', /titel|Unrecognized/],
    ['a title that is a number', '{"title": 5}', { 'content-type': 'application/json' }, 400, 'bad-request', /title/],
    ['an import that is not a board', '{"board": {"format": "nope"}}', { 'content-type': 'application/json' }, 400, 'invalid-board', /board\.format/],
    ['an import whose node x is a string', JSON.stringify({ board: { ...boardWith(1), nodes: [{ id: 'a', kind: 'cache', label: 'A', x: '1', y: 0 }] } }), { 'content-type': 'application/json' }, 400, 'invalid-board', /board\.nodes\[0\]\.x/],
    ['an unknown encoding', '{}', { 'content-type': 'application/json', 'content-encoding': 'zz' }, 415, 'unsupported-encoding', /encoding/],
  ];
  it.each(MALFORMED)('refuses %s with %s … naming the problem', async (_name, body, headers, status, code, message) => {
    const store = new MemoryBoardStore();
    const created = vi.spyOn(store, 'createBoard');
    const server = await start({ store });
    const res = await post(server, body, headers);
    expect(res.status).toBe(status);
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(created).not.toHaveBeenCalled();
  });
});

describe('REST rate limits', () => {
  it('answers 429 naming the limit once a client is over RATE_LIMIT_PER_MINUTE', async () => {
    const server = await start({ limits: { restRequestsPerMinute: 3 } });
    const { id, keys } = await server.createBoard();
    // Creating the board was the first of the three requests.
    const read = () => fetch(`${server.url}/api/boards/${id}`, { headers: { authorization: `Bearer ${keys.view}` } });
    expect([(await read()).status, (await read()).status]).toEqual([200, 200]);
    const limited = await read();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate-limited', message: expect.stringContaining('RATE_LIMIT_PER_MINUTE') } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('limits board creation separately (RATE_LIMIT_CREATE_PER_MINUTE)', async () => {
    const server = await start({ limits: { boardsCreatedPerMinute: 2 } });
    expect((await post(server, '{}')).status).toBe(201);
    expect((await post(server, '{}')).status).toBe(201);
    const res = await post(server, '{}');
    expect(res.status).toBe(429);
    expect(await res.json()).toMatchObject({ error: { code: 'rate-limited', message: expect.stringContaining('RATE_LIMIT_CREATE_PER_MINUTE') } });
  });
});

describe('socket limits', () => {
  it('closes a sync connection that sends more than MAX_UPDATES_PER_SECOND (bursts of twice that)', async () => {
    const server = await start({ limits: { maxUpdatesPerSecond: 5 } });
    const { id, keys } = await server.createBoard();
    const raw = openRawSync(server.wsUrl, id, keys.edit);
    expect(await raw.status).toBe(101);
    for (let i = 0; i < 40; i++) raw.ws.send(new Uint8Array([3]));
    expect(await raw.closed).toEqual({ code: CLOSE_CODES.policy, reason: 'too many messages per second (MAX_UPDATES_PER_SECOND)' });
  });

  it('closes a sync connection whose message is over MAX_MESSAGE_BYTES (1009), the board untouched', async () => {
    const server = await start({ limits: { maxMessageBytes: 4096 } });
    const { id, keys } = await server.createBoard();
    const raw = openRawSync(server.wsUrl, id, keys.edit);
    expect(await raw.status).toBe(101);
    const doc = new Y.Doc();
    addNode(doc, { id: 'big', kind: 'note', label: 'z'.repeat(4_900), x: 0, y: 0, props: {} });
    raw.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    expect((await raw.closed).code).toBe(1009);
    expect((await server.store.loadDocument(id)).updates).toHaveLength(1);
  });

  it('closes a sync connection whose update would grow the board past MAX_BOARD_BYTES, logging nothing', async () => {
    const server = await start({ limits: { maxBoardBytes: 2048 } });
    const { id, keys } = await server.createBoard();
    const raw = openRawSync(server.wsUrl, id, keys.edit);
    expect(await raw.status).toBe(101);
    const doc = new Y.Doc();
    addNode(doc, { id: 'big', kind: 'note', label: 'z'.repeat(3000), x: 0, y: 0, props: {} });
    raw.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    expect(await raw.closed).toEqual({ code: CLOSE_CODES.policy, reason: 'board would exceed 2048 bytes (MAX_BOARD_BYTES)' });
    expect((await server.store.loadDocument(id)).updates).toHaveLength(1);
  });

  it('refuses connections over MAX_CONNECTIONS_PER_BOARD and MAX_CONNECTIONS_PER_IP with 429, on both sockets', async () => {
    const server = await start({ limits: { maxConnectionsPerBoard: 2, maxConnectionsPerIp: 3 } });
    const a = await server.createBoard();
    const b = await server.createBoard();
    const first = [openRawSync(server.wsUrl, a.id, a.keys.edit), openRawSync(server.wsUrl, a.id, a.keys.view)];
    expect(await Promise.all(first.map((r) => r.status))).toEqual([101, 101]);
    expect(await openRawSync(server.wsUrl, a.id, a.keys.edit).status).toBe(429);
    const room = server.roomClient({ boardId: a.id, key: a.keys.edit, name: 'Late' });
    expect(await new Promise((resolve) => room.once('connect_error', (e) => resolve(e.message)))).toBe('too-many-connections');
    expect(await openRawSync(server.wsUrl, b.id, b.keys.edit).status).toBe(101);
    expect(await openRawSync(server.wsUrl, b.id, b.keys.edit).status).toBe(429);
    first[0]!.ws.close();
    await first[0]!.closed;
    expect(await openRawSync(server.wsUrl, b.id, b.keys.view).status).toBe(101);
  });

  it('lets only this server’s own pages, PUBLIC_URL and ALLOWED_ORIGINS open the websockets', async () => {
    const server = await start({ allowedOrigins: ['https://partner.example'] });
    const { id, keys } = await server.createBoard();
    const own = new URL(server.url).origin;
    const cases: Array<[Record<string, string>, number]> = [
      [{}, 101],
      [{ origin: own }, 101],
      [{ origin: 'https://partner.example' }, 101],
      [{ origin: 'https://evil.example' }, 403],
      [{ origin: 'null' }, 403],
    ];
    for (const [headers, status] of cases) expect([headers, await openRawSync(server.wsUrl, id, keys.edit, headers).status]).toEqual([headers, status]);
    const evil = ioClient(server.url, {
      transports: ['websocket'],
      auth: { boardId: id, key: keys.edit, name: 'Evil' },
      extraHeaders: { origin: 'https://evil.example' },
      reconnection: false,
      forceNew: true,
    });
    expect(await new Promise((resolve) => evil.once('connect_error', () => resolve('refused')))).toBe('refused');
    evil.disconnect();
  });

  it('disconnects a Socket.IO client that sends more events per second than MAX_UPDATES_PER_SECOND', async () => {
    const server = await start({ limits: { maxUpdatesPerSecond: 5 } });
    const { id, keys } = await server.createBoard();
    const socket = server.roomClient({ boardId: id, key: keys.edit, name: 'Flood' });
    const errors: string[] = [];
    socket.on('room:error', (error: { message: string }) => errors.push(error.message));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    for (let i = 0; i < 40; i++) socket.emit('presence:profile', { name: `N${i}`, color: '#000000' });
    expect(await disconnected).toBe('io server disconnect');
    expect(errors).toEqual(['Too many events per second (MAX_UPDATES_PER_SECOND).']);
  });

  it('keeps serving the other clients while a misbehaving one is cut off', async () => {
    const server = await start({ limits: { maxUpdatesPerSecond: 5 } });
    const { id, keys } = await server.createBoard();
    const honest = openRawSync(server.wsUrl, id, keys.edit);
    const flooder = openRawSync(server.wsUrl, id, keys.edit);
    await Promise.all([honest.status, flooder.status]);
    for (let i = 0; i < 40; i++) flooder.ws.send(new Uint8Array([3]));
    expect((await flooder.closed).code).toBe(CLOSE_CODES.policy);
    expect(await settled(honest)).toBe(true);
  });
});
