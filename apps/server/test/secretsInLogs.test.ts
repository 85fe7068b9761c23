import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import * as Y from 'yjs';
import { addNode, nodesOf } from '@scaleboard/board';
import { LOG_REDACTIONS } from '../src/ops/logRedactions';
import { encodeSyncUpdate } from '../src/sync/yMessages';
import { eventually } from './eventually';
import { openRawSync } from './rawSync';
import { startTestServer, type TestServer } from './testServer';

/** Everything the server logs, at the most verbose level, with the production redactions. */
const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(chunk.toString('utf8'));
    done();
  },
});
const logger = pino({ level: 'trace', redact: LOG_REDACTIONS }, sink);

let server: TestServer;
afterAll(() => server.close());

describe('keys in logs', () => {
  it('never appear in anything the server logs, whatever the channel or outcome', async () => {
    server = await startTestServer({ logger });
    const { id, keys } = await server.createBoard();
    const secrets: string[] = Object.values(keys);
    const get = (path: string, init?: RequestInit) => fetch(`${server.url}/api/boards/${path}`, init);

    await get(`${id}?key=${keys.view}`);
    await get(`${id}/export.json?key=${keys.edit}&x=1`);
    await get(`${id}/report`, { headers: { authorization: `Bearer ${keys.owner}` } });
    await get(`${id}?key=${keys.view.slice(0, -2)}xx`);
    await get(`nope?key=${keys.edit}`);
    // The server decodes parameter names, so this spelling opens the board as ?key= does.
    expect((await get(`${id}?k%65y=${keys.view}`)).status).toBe(200);
    expect((await get(`${id}/export.json?x=1&%6B%65%79=${keys.edit}`)).status).toBe(200);

    const editor = server.connect(id, keys.edit);
    await eventually(() => expect(editor.synced).toBe(true));
    addNode(editor.doc, { id: 'n', kind: 'cache', label: 'N', x: 0, y: 0, props: {} });
    const bad = openRawSync(server.wsUrl, id, keys.edit);
    await bad.status;
    bad.ws.send(new Uint8Array([0, 2, 5, 1, 2]));
    await bad.closed;
    const breaker = openRawSync(server.wsUrl, id, keys.owner);
    await breaker.status;
    const doc = new Y.Doc();
    nodesOf(doc).set('bad', 'not a map' as never);
    breaker.ws.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    await breaker.closed;
    expect(await openRawSync(server.wsUrl, id, `${keys.edit}x`).status).toBe(403);

    const room = server.roomClient({ boardId: id, key: keys.view, name: 'Viewer' });
    await new Promise<void>((resolve) => room.once('connect', () => resolve()));

    const minted = (await (await get(`${id}/replay-links`, { method: 'POST', headers: { authorization: `Bearer ${keys.owner}` } })).json()) as { token: string };
    secrets.push(minted.token);
    expect((await get(`${id}/history?key=${encodeURIComponent(minted.token)}`)).status).toBe(200);
    expect((await get(`${id}/export.json?key=${encodeURIComponent(minted.token)}`)).status).toBe(403);
    expect((await get(`${id}/history?key=${encodeURIComponent(`${minted.token}x`)}`)).status).toBe(403);
    expect(await openRawSync(server.wsUrl, id, minted.token).status).toBe(403);

    const rotated = (await (await get(`${id}/keys/edit/rotate`, { method: 'POST', headers: { authorization: `Bearer ${keys.owner}` } })).json()) as { key: string };
    secrets.push(rotated.key);
    await get(id, { method: 'DELETE', headers: { authorization: `Bearer ${keys.owner}` } });
    await eventually(() => expect(lines.some((line) => line.includes('board-deleted'))).toBe(true));

    const everything = lines.join('');
    expect(lines.length).toBeGreaterThan(10);
    expect(everything).toContain('[redacted]');
    for (const secret of secrets) expect(everything.includes(secret), `a key leaked into the logs`).toBe(false);
    // Nor a recognisable piece of one (a prefix long enough to matter).
    for (const secret of secrets) expect(everything.includes(secret.slice(0, 16))).toBe(false);
  });
});
