import { afterEach, describe, expect, it } from 'vitest';
import { ROOM_EVENTS, type RoomError } from '@scaleboard/protocol';
import { LocalBus } from '../src/relay/LocalRelay';
import { LocalRevocationHub } from '../src/revocation/LocalRevocationBus';
import { CLOSE_CODES } from '../src/rooms/RoomSession';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { eventually } from './eventually';
import { openRawSync } from './rawSync';
import { startTestServer, type TestServer } from './testServer';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}

/** Two apps sharing one store, one relay and one revocation bus: two instances of one service. */
async function startTwoInstances(): Promise<[TestServer, TestServer]> {
  const store = new MemoryBoardStore();
  const bus = new LocalBus();
  const hub = new LocalRevocationHub();
  const instance = () => start({ store, relay: bus.connect(), revocations: hub.connect() });
  return [await instance(), await instance()];
}

function api(server: TestServer, method: string, path: string, key: string): Promise<Response> {
  return fetch(`${server.url}/api/boards/${path}`, { method, headers: { authorization: `Bearer ${key}` } });
}

/** A room-event socket and the errors it was sent, resolved when it disconnects. */
function roomSocket(server: TestServer, boardId: string, key: string) {
  const socket = server.roomClient({ boardId, key, name: 'Probe' });
  const errors: RoomError[] = [];
  socket.on(ROOM_EVENTS.roomError, (error) => errors.push(error));
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return { socket, errors, connected, disconnected };
}

describe('rotating a key', () => {
  it('gives a new key, and the old one stops opening the board on every channel at once', async () => {
    const server = await start();
    const { id, keys } = await server.createBoard();
    const res = await api(server, 'POST', `${id}/keys/edit/rotate`, keys.owner);
    expect(res.status).toBe(200);
    const { kind, key } = (await res.json()) as { kind: string; key: string };
    expect(kind).toBe('edit');
    expect(key).not.toBe(keys.edit);
    expect(key.length).toBeGreaterThanOrEqual(43);
    expect((await api(server, 'GET', id, keys.edit)).status).toBe(403);
    expect(await ((await api(server, 'GET', id, key)).json())).toMatchObject({ role: 'editor' });
    expect(await openRawSync(server.wsUrl, id, keys.edit).status).toBe(403);
    expect(await openRawSync(server.wsUrl, id, key).status).toBe(101);
    await expect(roomSocket(server, id, keys.edit).connected).rejects.toThrow('unauthorized');
    expect((await api(server, 'GET', id, keys.view)).status).toBe(200);
  });

  it('closes the live connections that used the old key, and only those', async () => {
    const server = await start();
    const { id, keys } = await server.createBoard();
    const editSync = openRawSync(server.wsUrl, id, keys.edit);
    const viewSync = openRawSync(server.wsUrl, id, keys.view);
    const ownerSync = openRawSync(server.wsUrl, id, keys.owner);
    const editRoom = roomSocket(server, id, keys.edit);
    const viewRoom = roomSocket(server, id, keys.view);
    await Promise.all([editSync.status, viewSync.status, ownerSync.status, editRoom.connected, viewRoom.connected]);

    expect((await api(server, 'POST', `${id}/keys/view/rotate`, keys.owner)).status).toBe(200);
    expect(await viewSync.closed).toEqual({ code: CLOSE_CODES.revoked, reason: 'this link was replaced by the owner' });
    expect(await viewRoom.disconnected).toBe('io server disconnect');
    expect(viewRoom.errors).toEqual([{ code: 'revoked', message: 'this link was replaced by the owner' }]);
    expect(editSync.ws.readyState).toBe(editSync.ws.OPEN);
    expect(ownerSync.ws.readyState).toBe(ownerSync.ws.OPEN);
    expect(editRoom.socket.connected).toBe(true);

    expect((await api(server, 'POST', `${id}/keys/edit/rotate`, keys.owner)).status).toBe(200);
    expect((await editSync.closed).code).toBe(CLOSE_CODES.revoked);
    expect(await editRoom.disconnected).toBe('io server disconnect');
    expect(ownerSync.ws.readyState).toBe(ownerSync.ws.OPEN);
  });

  it('is for the owner only, and only for the edit and view keys', async () => {
    const server = await start();
    const { id, keys } = await server.createBoard();
    for (const key of [keys.edit, keys.view]) {
      const res = await api(server, 'POST', `${id}/keys/view/rotate`, key);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'owner-only' } });
    }
    const owner = await api(server, 'POST', `${id}/keys/owner/rotate`, keys.owner);
    expect(owner.status).toBe(400);
    expect(await owner.json()).toMatchObject({ error: { code: 'bad-key-kind', path: 'kind' } });
    expect((await api(server, 'GET', id, keys.view)).status).toBe(200);
    expect((await api(server, 'GET', id, keys.edit)).status).toBe(200);
  });

  it('closes the old key’s connections on another instance too (two apps, one relay, one revocation bus)', async () => {
    const [a, b] = await startTwoInstances();
    const { id, keys } = await a.createBoard();
    const syncOnB = openRawSync(b.wsUrl, id, keys.edit);
    const roomOnB = roomSocket(b, id, keys.edit);
    const ownerOnB = openRawSync(b.wsUrl, id, keys.owner);
    await Promise.all([syncOnB.status, roomOnB.connected, ownerOnB.status]);
    expect((await api(a, 'POST', `${id}/keys/edit/rotate`, keys.owner)).status).toBe(200);
    expect((await syncOnB.closed).code).toBe(CLOSE_CODES.revoked);
    expect(await roomOnB.disconnected).toBe('io server disconnect');
    expect(ownerOnB.ws.readyState).toBe(ownerOnB.ws.OPEN);
  });
});

describe('deleting a board', () => {
  it('is for the owner only', async () => {
    const server = await start();
    const { id, keys } = await server.createBoard();
    for (const key of [keys.edit, keys.view]) expect((await api(server, 'DELETE', id, key)).status).toBe(403);
    expect((await api(server, 'GET', id, keys.view)).status).toBe(200);
  });

  it('removes it from the store and every channel, closing every live connection on every instance', async () => {
    const [a, b] = await startTwoInstances();
    const { id, keys } = await a.createBoard();
    const live = [openRawSync(a.wsUrl, id, keys.owner), openRawSync(b.wsUrl, id, keys.edit), openRawSync(b.wsUrl, id, keys.view)];
    const rooms = [roomSocket(a, id, keys.edit), roomSocket(b, id, keys.view)];
    await Promise.all([...live.map((s) => s.status), ...rooms.map((r) => r.connected)]);

    expect((await api(a, 'DELETE', id, keys.owner)).status).toBe(204);
    for (const sync of live) expect(await sync.closed).toEqual({ code: CLOSE_CODES.deleted, reason: 'the owner deleted this board' });
    for (const room of rooms) {
      expect(await room.disconnected).toBe('io server disconnect');
      expect(room.errors.map((e) => e.code)).toEqual(['board-deleted']);
    }
    expect(await a.store.getBoard(id)).toBeNull();
    for (const key of Object.values(keys)) {
      expect((await api(b, 'GET', id, key)).status).toBe(403);
      expect(await openRawSync(b.wsUrl, id, key).status).toBe(403);
    }
    await eventually(() => expect(a.app.registry.openCount + b.app.registry.openCount).toBe(0));
    expect((await api(a, 'DELETE', id, keys.owner)).status).toBe(403);
  });
});

describe('a revocation the bus never delivers (REVOCATION_RECHECK_SECONDS)', () => {
  /** Two instances on one store whose revocation buses are not connected: every message is lost. */
  async function startDeafInstances(): Promise<[TestServer, TestServer]> {
    const store = new MemoryBoardStore();
    const bus = new LocalBus();
    const instance = () => start({ store, relay: bus.connect(), revocations: new LocalRevocationHub().connect(), limits: { revocationRecheckSeconds: 1 } });
    return [await instance(), await instance()];
  }

  it('closes the rotated key’s connections on the other instance at the next recheck, and only those', async () => {
    const [a, b] = await startDeafInstances();
    const { id, keys } = await a.createBoard();
    const syncOnB = openRawSync(b.wsUrl, id, keys.edit);
    const roomOnB = roomSocket(b, id, keys.edit);
    const viewerOnB = openRawSync(b.wsUrl, id, keys.view);
    await Promise.all([syncOnB.status, roomOnB.connected, viewerOnB.status]);

    const rotated = (await (await api(a, 'POST', `${id}/keys/edit/rotate`, keys.owner)).json()) as { key: string };
    const newKeyOnB = openRawSync(b.wsUrl, id, rotated.key);
    expect(await newKeyOnB.status).toBe(101);
    expect(await syncOnB.closed).toEqual({ code: CLOSE_CODES.revoked, reason: 'this link was replaced by the owner' });
    expect(await roomOnB.disconnected).toBe('io server disconnect');
    expect(roomOnB.errors.map((e) => e.code)).toEqual(['revoked']);
    expect([viewerOnB.ws.readyState, newKeyOnB.ws.readyState]).toEqual([viewerOnB.ws.OPEN, newKeyOnB.ws.OPEN]);
  });

  it('closes every connection to a board deleted through the other instance', async () => {
    const [a, b] = await startDeafInstances();
    const { id, keys } = await a.createBoard();
    const viewerOnB = openRawSync(b.wsUrl, id, keys.view);
    expect(await viewerOnB.status).toBe(101);
    expect((await api(a, 'DELETE', id, keys.owner)).status).toBe(204);
    expect(await viewerOnB.closed).toEqual({ code: CLOSE_CODES.deleted, reason: 'the owner deleted this board' });
  });
});
