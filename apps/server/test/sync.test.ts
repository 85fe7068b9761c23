import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { addNode, docToBoard, moveNodes, nodesOf } from '@scaleboard/board';
import type { WebsocketProvider } from 'y-websocket';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const synced = (provider: WebsocketProvider) => eventually(() => expect(provider.synced).toBe(true));
const lb = { id: 'lb', kind: 'load-balancer' as const, label: 'LB', x: 0, y: 0, props: {} };

describe('Yjs sync endpoint', () => {
  it('syncs two stock WebsocketProviders both ways', async () => {
    const { id, keys } = await server.createBoard({ title: 'Live' });
    const a = server.connect(id, keys.edit);
    const b = server.connect(id, keys.owner);
    await Promise.all([synced(a), synced(b)]);
    expect(docToBoard(b.doc).title).toBe('Live');
    addNode(a.doc, lb);
    await eventually(() => expect(nodesOf(b.doc).has('lb')).toBe(true));
    moveNodes(b.doc, [{ id: 'lb', x: 40, y: 50 }]);
    await eventually(() => expect(docToBoard(a.doc).nodes[0]).toMatchObject({ x: 40, y: 50 }));
  });

  it('lets a view key sync and read, and drops every update it sends', async () => {
    const { id, keys } = await server.createBoard();
    const editor = server.connect(id, keys.edit);
    const viewer = server.connect(id, keys.view);
    await Promise.all([synced(editor), synced(viewer)]);
    addNode(editor.doc, lb);
    await eventually(() => expect(nodesOf(viewer.doc).has('lb')).toBe(true));
    addNode(viewer.doc, { ...lb, id: 'intruder' });
    await eventually(async () => expect(await server.app.metrics.updatesDroppedReadOnly.get()).toMatchObject({ values: [{ value: 1 }] }));
    // A marker edit after the dropped one proves the editor has seen everything the server relayed.
    addNode(editor.doc, { ...lb, id: 'marker' });
    await eventually(() => expect(nodesOf(viewer.doc).has('marker')).toBe(true));
    expect(nodesOf(editor.doc).has('intruder')).toBe(false);
    const exported = (await (await fetch(`${server.url}/api/boards/${id}/export.json?key=${keys.owner}`)).json()) as { nodes: Array<{ id: string }> };
    expect(exported.nodes.map((n) => n.id)).toEqual(['lb', 'marker']);
  });

  it('refuses the upgrade for a wrong key, a missing key and an unknown board', async () => {
    const { id, keys } = await server.createBoard();
    const status = (path: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}${path}`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => undefined);
      });
    expect(await status(`/yjs/${id}?key=wrong`)).toBe(403);
    expect(await status(`/yjs/${id}`)).toBe(401);
    expect(await status(`/yjs/unknown?key=${keys.owner}`)).toBe(403);
    expect(await status(`/yjs/${id}?key=${keys.view}`)).toBe(101);
  });

  it('closes a connection that sends non-Yjs bytes, with a reason, and the others carry on', async () => {
    const { id, keys } = await server.createBoard();
    const a = server.connect(id, keys.edit);
    const b = server.connect(id, keys.edit);
    await Promise.all([synced(a), synced(b)]);
    addNode(a.doc, lb);
    await eventually(() => expect(nodesOf(b.doc).has('lb')).toBe(true));
    const before = Y.encodeStateAsUpdate(b.doc);

    for (const garbage of [Buffer.from([0x07, 0x01, 0x02]), Buffer.from([0x00, 0x02, 0x05, 0xff, 0xff, 0xff, 0xff, 0x0f]), Buffer.from('hello')]) {
      const raw = new WebSocket(`${server.wsUrl}/yjs/${id}?key=${keys.edit}`);
      await new Promise((resolve) => raw.on('open', resolve));
      const closed = new Promise<{ code: number; reason: string }>((resolve) => raw.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
      raw.send(garbage, { binary: garbage.toString() !== 'hello' });
      const { code, reason } = await closed;
      expect(code).toBe(1003);
      expect(reason.length).toBeGreaterThan(0);
    }

    expect(Y.encodeStateAsUpdate(b.doc)).toEqual(before);
    moveNodes(a.doc, [{ id: 'lb', x: 7, y: 8 }]);
    await eventually(() => expect(docToBoard(b.doc).nodes[0]).toMatchObject({ x: 7, y: 8 }));
  });

  it('shares awareness (cursors) between clients and forgets a client that leaves', async () => {
    const { id, keys } = await server.createBoard();
    const a = server.connect(id, keys.edit);
    const b = server.connect(id, keys.view);
    await Promise.all([synced(a), synced(b)]);
    a.awareness.setLocalStateField('user', { name: 'Ada', color: '#e03131' });
    await eventually(() => expect(b.awareness.getStates().get(a.doc.clientID)).toMatchObject({ user: { name: 'Ada' } }));
    a.disconnect();
    await eventually(() => expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });
});
