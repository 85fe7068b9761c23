import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { encodeAwareness } from '../src/sync/yMessages';
import { eventually } from './eventually';
import { openRawSync, settled } from './rawSync';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** An awareness update for one client id, with a clock far ahead so it would win. */
function awarenessFor(clientId: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, 1000);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encodeAwareness(encoding.toUint8Array(encoder));
}

describe('presence', () => {
  it.each(['view', 'edit'] as const)('a %s session cannot rename or remove another person’s presence, only set its own', async (kind) => {
    const { id, keys } = await server.createBoard();
    const victim = server.connect(id, keys.edit);
    const observer = server.connect(id, keys.view);
    victim.awareness.setLocalStateField('user', { name: 'Ada' });
    const victimId = victim.doc.clientID;
    await eventually(() => expect(observer.awareness.getStates().get(victimId)).toMatchObject({ user: { name: 'Ada' } }));

    const attacker = openRawSync(server.wsUrl, id, keys[kind]);
    expect(await attacker.status).toBe(101);
    attacker.ws.send(awarenessFor(victimId, { user: { name: 'Mallory' } }));
    attacker.ws.send(awarenessFor(victimId, null));
    attacker.ws.send(awarenessFor(4242, { user: { name: 'Mallory' } }));
    expect(await settled(attacker)).toBe(true);

    await eventually(() => expect(observer.awareness.getStates().get(4242)).toMatchObject({ user: { name: 'Mallory' } }));
    expect(observer.awareness.getStates().get(victimId)).toMatchObject({ user: { name: 'Ada' } });
    const refused = (await server.app.metrics.messagesRejected.get()).values.find((v) => v.labels.reason === 'awareness-of-another');
    expect(refused?.value).toBeGreaterThanOrEqual(2);
    attacker.ws.close();
  });
});

/** Resolves once `observer` shows `marker`'s state: everything `attacker` sent before it was handled and relayed. */
async function afterMarker(attacker: ReturnType<typeof openRawSync>, observer: ReturnType<TestServer['connect']>, marker: number): Promise<void> {
  attacker.ws.send(awarenessFor(marker, { user: { name: 'marker' } }));
  await eventually(() => expect(observer.awareness.getStates().get(marker)).toMatchObject({ user: { name: 'marker' } }));
}

async function rejected(reason: string): Promise<number> {
  return (await server.app.metrics.messagesRejected.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;
}

describe('presence limits', () => {
  it('drops an update announcing more client ids than MAX_PRESENCE_CLIENTS_PER_SESSION, and counts it', async () => {
    const { id, keys } = await server.createBoard();
    const observer = server.connect(id, keys.view);
    const attacker = openRawSync(server.wsUrl, id, keys.view);
    expect(await attacker.status).toBe(101);
    const before = await rejected('presence-too-many-clients');
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 100);
    for (let i = 0; i < 100; i++) {
      encoding.writeVarUint(encoder, 9000 + i);
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, JSON.stringify({ user: { name: `fake ${i}` } }));
    }
    attacker.ws.send(encodeAwareness(encoding.toUint8Array(encoder)));
    for (let i = 0; i < 4; i++) attacker.ws.send(awarenessFor(8000 + i, { user: { name: `tab ${i}` } }));
    attacker.ws.send(awarenessFor(8004, { user: { name: 'one too many' } }));
    expect(await settled(attacker)).toBe(true);
    await eventually(() => expect(observer.awareness.getStates().get(8003)).toMatchObject({ user: { name: 'tab 3' } }));
    expect(observer.awareness.getStates().has(9000)).toBe(false);
    expect(observer.awareness.getStates().has(8004)).toBe(false);
    expect(await rejected('presence-too-many-clients')).toBe(before + 2);
    attacker.ws.close();
  });

  it('drops a presence state over MAX_PRESENCE_STATE_BYTES, and counts it', async () => {
    const { id, keys } = await server.createBoard();
    const observer = server.connect(id, keys.view);
    const attacker = openRawSync(server.wsUrl, id, keys.view);
    expect(await attacker.status).toBe(101);
    const before = await rejected('presence-too-large');
    attacker.ws.send(awarenessFor(7000, { user: { name: 'x'.repeat(1024 * 1024) } }));
    await afterMarker(attacker, observer, 7001);
    expect(observer.awareness.getStates().has(7000)).toBe(false);
    expect(await rejected('presence-too-large')).toBe(before + 1);
    attacker.ws.close();
  });

  it('a viewer cannot claim the presence client id of a person who reconnected', async () => {
    const { id, keys } = await server.createBoard();
    const victim = server.connect(id, keys.edit);
    const observer = server.connect(id, keys.view);
    const victimId = victim.doc.clientID;
    victim.awareness.setLocalStateField('user', { name: 'Ada' });
    await eventually(() => expect(observer.awareness.getStates().get(victimId)).toMatchObject({ user: { name: 'Ada' } }));
    victim.disconnect();
    await eventually(() => expect(observer.awareness.getStates().has(victimId)).toBe(false));
    victim.connect();
    // Her first announcement after the server removed her is older than its record; the next ones count.
    let step = 0;
    await eventually(() => {
      victim.awareness.setLocalStateField('user', { name: 'Ada', step: ++step });
      expect(observer.awareness.getStates().get(victimId)).toMatchObject({ user: { name: 'Ada' } });
    });

    const attacker = openRawSync(server.wsUrl, id, keys.view);
    expect(await attacker.status).toBe(101);
    const before = await rejected('awareness-of-another');
    attacker.ws.send(awarenessFor(victimId, { user: { name: 'Mallory' } }));
    await afterMarker(attacker, observer, 6001);
    expect(observer.awareness.getStates().get(victimId)).toMatchObject({ user: { name: 'Ada' } });
    expect(await rejected('awareness-of-another')).toBe(before + 1);
    attacker.ws.close();
  });

  it.each(['view', 'edit'] as const)('a %s session cannot mark itself as leading (only the owner asks everyone to follow)', async (kind) => {
    const { id, keys } = await server.createBoard();
    const observer = server.connect(id, keys.view);
    const attacker = openRawSync(server.wsUrl, id, keys[kind]);
    expect(await attacker.status).toBe(101);
    const before = await rejected('presence-leading-not-owner');
    attacker.ws.send(awarenessFor(5000, { user: { name: 'Mallory' }, leading: true }));
    await afterMarker(attacker, observer, 5001);
    expect(observer.awareness.getStates().has(5000)).toBe(false);
    expect(await rejected('presence-leading-not-owner')).toBe(before + 1);

    const owner = openRawSync(server.wsUrl, id, keys.owner);
    expect(await owner.status).toBe(101);
    owner.ws.send(awarenessFor(5002, { user: { name: 'Ada' }, leading: true }));
    await eventually(() => expect(observer.awareness.getStates().get(5002)).toMatchObject({ leading: true }));
    attacker.ws.close();
    owner.ws.close();
  });
});
