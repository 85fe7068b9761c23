import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_EVENTS, ROOM_PROTOCOL_VERSION, type Member } from '@scaleboard/protocol';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('room events (Socket.IO)', () => {
  it('keeps a roster of who is on the board, with name, colour and role', async () => {
    const { id, keys } = await server.createBoard();
    let seenByAda: Member[] = [];
    const ada = server.roomClient({ boardId: id, key: keys.owner, name: 'Ada', protocol: ROOM_PROTOCOL_VERSION });
    ada.on(ROOM_EVENTS.roster, (members) => (seenByAda = members));
    await eventually(() => expect(seenByAda).toHaveLength(1));
    const bob = server.roomClient({ boardId: id, key: keys.view, name: 'Bob', color: '#1971c2' });
    await eventually(() =>
      expect(seenByAda).toEqual([
        expect.objectContaining({ name: 'Ada', role: 'owner', color: expect.stringMatching(/^#[0-9a-f]{6}$/i) }),
        expect.objectContaining({ name: 'Bob', role: 'viewer', color: '#1971c2' }),
      ]),
    );
    bob.emit(ROOM_EVENTS.updateProfile, { name: 'Bobby', color: '#2f9e44' });
    await eventually(() => expect(seenByAda.map((m) => m.name)).toEqual(['Ada', 'Bobby']));
    bob.disconnect();
    await eventually(() => expect(seenByAda.map((m) => m.name)).toEqual(['Ada']));
  });

  it('refuses a wrong key, a malformed handshake and another protocol version', async () => {
    const { id, keys } = await server.createBoard();
    const refusal = (auth: Record<string, unknown>) =>
      new Promise<string>((resolve) => server.roomClient(auth).on('connect_error', (error) => resolve(error.message)));
    expect(await refusal({ boardId: id, key: 'wrong', name: 'Eve' })).toBe('unauthorized');
    expect(await refusal({ boardId: id })).toBe('bad-request');
    expect(await refusal({ boardId: id, key: keys.edit, name: 'Old', protocol: 0 })).toBe('protocol-mismatch');
  });

  it('answers a malformed profile with a typed error and keeps the roster', async () => {
    const { id, keys } = await server.createBoard();
    const ada = server.roomClient({ boardId: id, key: keys.edit, name: 'Ada' });
    let roster: Member[] = [];
    ada.on(ROOM_EVENTS.roster, (members) => (roster = members));
    const error = new Promise((resolve) => ada.on(ROOM_EVENTS.roomError, resolve));
    await eventually(() => expect(roster).toHaveLength(1));
    ada.emit(ROOM_EVENTS.updateProfile, { name: '', color: 'red' });
    expect(await error).toMatchObject({ code: 'bad-request' });
    expect(roster.map((m) => m.name)).toEqual(['Ada']);
  });
});
