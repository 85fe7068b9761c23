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
