import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode } from '@scaleboard/board';
import { ROOM_EVENTS, type CreateBoardResponse, type RoomError } from '@scaleboard/protocol';
import { encodeSyncUpdate } from '../src/sync/yMessages';
import { eventually } from './eventually';
import { openRawSync, settled } from './rawSync';
import { startTestServer, type TestServer } from './testServer';

/**
 * Every role × every channel × every action, as a table: who may do what, asserted the same
 * way for each row. `wrong` is a well-formed key of another board; `none` sends no key.
 */
type Holder = 'owner' | 'editor' | 'viewer' | 'wrong' | 'none';
const HOLDERS: Holder[] = ['owner', 'editor', 'viewer', 'wrong', 'none'];

let server: TestServer;
let other: CreateBoardResponse;
beforeAll(async () => {
  server = await startTestServer();
  other = await server.createBoard();
});
afterAll(() => server.close());

function keyOf(board: CreateBoardResponse, holder: Holder): string | undefined {
  return { owner: board.keys.owner, editor: board.keys.edit, viewer: board.keys.view, wrong: other.keys.owner, none: undefined }[holder];
}

function rest(method: string, path: string, key: string | undefined): Promise<Response> {
  return fetch(`${server.url}/api/boards/${path}`, { method, headers: key ? { authorization: `Bearer ${key}` } : {} });
}

const READ_STATUS: Record<Holder, number> = { owner: 200, editor: 200, viewer: 200, wrong: 403, none: 401 };
const OWNER_STATUS = (ok: number): Record<Holder, number> => ({ owner: ok, editor: 403, viewer: 403, wrong: 403, none: 401 });

const REST_ACTIONS: Array<{ action: string; method: string; path: (id: string) => string; expected: Record<Holder, number> }> = [
  { action: 'read the board info', method: 'GET', path: (id) => id, expected: READ_STATUS },
  { action: 'export JSON', method: 'GET', path: (id) => `${id}/export.json`, expected: READ_STATUS },
  { action: 'read the report', method: 'GET', path: (id) => `${id}/report`, expected: READ_STATUS },
  { action: 'rotate the edit key', method: 'POST', path: (id) => `${id}/keys/edit/rotate`, expected: OWNER_STATUS(200) },
  { action: 'rotate the view key', method: 'POST', path: (id) => `${id}/keys/view/rotate`, expected: OWNER_STATUS(200) },
  { action: 'delete the board', method: 'DELETE', path: (id) => id, expected: OWNER_STATUS(204) },
];

describe('REST', () => {
  const rows = REST_ACTIONS.flatMap((a) => HOLDERS.map((holder) => ({ ...a, holder, status: a.expected[holder] })));
  it.each(rows)('$holder: $action → $status', async ({ method, path, holder, status }) => {
    const board = await server.createBoard();
    const res = await rest(method, path(board.id), keyOf(board, holder));
    expect(res.status).toBe(status);
    if (status >= 400) expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/unauthorized|forbidden|owner-only/);
    // A refused request changed nothing: every key still opens the board.
    if (status >= 400) for (const role of ['owner', 'editor', 'viewer'] as const) expect((await rest('GET', board.id, keyOf(board, role))).status).toBe(200);
  });
});

const SYNC_STATUS: Record<Holder, number> = { owner: 101, editor: 101, viewer: 101, wrong: 403, none: 401 };

describe('Yjs sync socket', () => {
  it.each(HOLDERS.map((holder) => ({ holder, status: SYNC_STATUS[holder] })))('$holder: open → $status', async ({ holder, status }) => {
    const board = await server.createBoard();
    const raw = openRawSync(server.wsUrl, board.id, keyOf(board, holder));
    expect(await raw.status).toBe(status);
    raw.ws.close();
  });

  const WRITES: Record<'owner' | 'editor' | 'viewer', 'applied' | 'dropped'> = { owner: 'applied', editor: 'applied', viewer: 'dropped' };
  it.each(Object.entries(WRITES).map(([holder, outcome]) => ({ holder: holder as Holder, outcome })))(
    '$holder: write an update → $outcome',
    async ({ holder, outcome }) => {
      const board = await server.createBoard();
      const raw = openRawSync(server.wsUrl, board.id, keyOf(board, holder));
      expect(await raw.status).toBe(101);
      const doc = new Y.Doc();
      addNode(doc, { id: 'written', kind: 'cache', label: 'Written', x: 0, y: 0, props: {} });
      const dropped = (await server.app.metrics.updatesDroppedReadOnly.get()).values[0]?.value ?? 0;
      raw.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
      expect(await settled(raw)).toBe(true);
      await server.app.registry.peek(board.id)?.flush();
      const logged = (await server.store.loadDocument(board.id)).updates.length;
      expect(logged).toBe(outcome === 'applied' ? 2 : 1);
      const droppedNow = (await server.app.metrics.updatesDroppedReadOnly.get()).values[0]?.value ?? 0;
      expect(droppedNow - dropped).toBe(outcome === 'dropped' ? 1 : 0);
      raw.ws.close();
    },
  );
});

/** A room-event socket that records the errors it is sent. */
async function joinRoom(board: CreateBoardResponse, holder: Holder) {
  const key = keyOf(board, holder);
  const socket = server.roomClient({ boardId: board.id, name: `${holder}-probe`, ...(key ? { key } : {}) });
  const errors: RoomError[] = [];
  socket.on(ROOM_EVENTS.roomError, (error) => errors.push(error));
  const joined = await new Promise<string>((resolve) => {
    socket.once('connect', () => resolve('joined'));
    socket.once('connect_error', (error) => resolve(error.message));
  });
  return { socket, errors, joined };
}

const JOIN: Record<Holder, string> = { owner: 'joined', editor: 'joined', viewer: 'joined', wrong: 'unauthorized', none: 'bad-request' };

describe('Socket.IO room events', () => {
  it.each(HOLDERS.map((holder) => ({ holder, outcome: JOIN[holder] })))('$holder: join → $outcome', async ({ holder, outcome }) => {
    const board = await server.createBoard();
    const { socket, joined } = await joinRoom(board, holder);
    expect(joined).toBe(outcome);
    socket.disconnect();
  });

  const EVENTS: Array<{ action: string; event: string; payload: unknown; refused: Array<'owner' | 'editor' | 'viewer'> }> = [
    { action: 'set their own profile', event: ROOM_EVENTS.updateProfile, payload: { name: 'Renamed', color: '#123456' }, refused: [] },
    { action: 'run the interview clock', event: ROOM_EVENTS.interviewCommand, payload: { action: 'start' }, refused: ['editor', 'viewer'] },
    { action: 'ask everyone to follow them', event: ROOM_EVENTS.followLeader, payload: { on: true }, refused: ['editor', 'viewer'] },
    { action: 'send an event the server does not know', event: 'board:wipe', payload: {}, refused: ['viewer'] },
  ];
  const rows = EVENTS.flatMap((e) =>
    (['owner', 'editor', 'viewer'] as const).map((holder) => ({ ...e, holder, outcome: e.refused.includes(holder) ? 'forbidden' : 'allowed' })),
  );
  it.each(rows)('$holder: $action → $outcome', async ({ holder, event, payload, outcome }) => {
    const board = await server.createBoard();
    const { socket, errors } = await joinRoom(board, holder);
    const emit = socket.emit.bind(socket) as (event: string, payload: unknown) => void;
    emit(event, payload);
    // The server handles a socket's events in order: once this profile shows in the roster,
    // the event above has been answered (or ignored).
    const marker = `${holder}-done`;
    const rosterSeen = new Promise<void>((resolve) =>
      socket.on(ROOM_EVENTS.roster, (members) => members.some((m) => m.name === marker) && resolve()),
    );
    socket.emit(ROOM_EVENTS.updateProfile, { name: marker, color: '#000000' });
    await rosterSeen;
    await eventually(() => expect(errors.filter((e) => e.code === 'forbidden').length).toBe(outcome === 'forbidden' ? 1 : 0));
    socket.disconnect();
  });
});
