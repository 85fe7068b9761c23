import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const get = (path: string, key?: string) => fetch(`${server.url}${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});

describe('REST', () => {
  it('creates a board with three distinct keys and stores only their hashes', async () => {
    const created = await server.createBoard({ title: 'Chat system' });
    expect(created.title).toBe('Chat system');
    expect(new Set(Object.values(created.keys)).size).toBe(3);
    const record = await server.store.getBoard(created.id);
    const stored = JSON.stringify(record);
    for (const key of Object.values(created.keys)) expect(stored).not.toContain(key);
  });

  it('gives each key its role, by header or by query', async () => {
    const { id, keys } = await server.createBoard();
    expect(await (await get(`/api/boards/${id}`, keys.owner)).json()).toMatchObject({ role: 'owner' });
    expect(await (await get(`/api/boards/${id}`, keys.edit)).json()).toMatchObject({ role: 'editor' });
    expect(await (await get(`/api/boards/${id}?key=${keys.view}`)).json()).toMatchObject({ role: 'viewer' });
  });

  it('gives the role alone with ?fields=role, without reading the document; an unknown field is a 400', async () => {
    const { id, keys } = await server.createBoard({ title: 'Chat system' });
    const loads = vi.spyOn(server.store, 'loadDocument');
    const answer = await get(`/api/boards/${id}?fields=role`, keys.edit);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ id, role: 'editor' });
    expect(loads).not.toHaveBeenCalled();
    expect(await (await get(`/api/boards/${id}`, keys.edit)).json()).toEqual({ id, title: 'Chat system', role: 'editor' });
    const bad = await get(`/api/boards/${id}?fields=title`, keys.edit);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-request', path: 'fields' } });
  });

  it('refuses a missing key with 401, and a wrong key or unknown board alike with 403', async () => {
    const { id, keys } = await server.createBoard();
    expect((await get(`/api/boards/${id}/export.json`)).status).toBe(401);
    const wrong = await get(`/api/boards/${id}/export.json`, 'not-the-key');
    const unknown = await get(`/api/boards/no-such-board/export.json`, keys.owner);
    expect(wrong.status).toBe(403);
    expect(unknown.status).toBe(403);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('exports a new board as a scaleboard/v1 document', async () => {
    const { id, keys } = await server.createBoard({ title: 'Empty' });
    const res = await get(`/api/boards/${id}/export.json`, keys.view);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ format: 'scaleboard/v1', title: 'Empty', assumptions: {}, nodes: [], edges: [] });
  });

  it('imports a board document and exports it back unchanged, unknown fields included', async () => {
    const board = {
      format: 'scaleboard/v1',
      title: 'Imported',
      assumptions: { monthlyActiveUsers: 300000000 },
      nodes: [{ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: { instances: 2 }, note: 'kept' }],
      edges: [],
      generator: 'elsewhere',
    };
    const { id, keys } = await server.createBoard({ board });
    expect(await (await get(`/api/boards/${id}/export.json`, keys.edit)).json()).toEqual(board);
  });

  it('answers malformed JSON, a bad field and an invalid board with a clear 400 and creates nothing', async () => {
    const post = (body: string) => fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const malformed = await post('{"title": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'bad-json' } });
    const badField = await post(JSON.stringify({ title: 42 }));
    expect(await badField.json()).toMatchObject({ error: { code: 'bad-request', path: 'title' } });
    const badBoard = await post(JSON.stringify({ board: { format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 'left', y: 0 }] } }));
    expect(badBoard.status).toBe(400);
    expect(await badBoard.json()).toMatchObject({ error: { code: 'invalid-board', path: 'board.nodes[0].x' } });
  });

  it('refuses an oversized body with 413', async () => {
    const small = await startTestServer({ limits: { maxBodyBytes: 2048 } });
    try {
      const res = await fetch(`${small.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x'.repeat(4096) }) });
      expect(res.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('reports health, readiness and metrics', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect(await (await get('/readyz')).json()).toEqual({ status: 'ready' });
    expect(await (await get('/metrics')).text()).toContain('scaleboard_updates_accepted_total');
  });
});

describe('templates', () => {
  it('starts a board from a template of the rules package, and refuses an unknown one', async () => {
    const { id, keys } = await server.createBoard({ template: 'twitter-estimate' });
    const board = (await (await get(`/api/boards/${id}/export.json`, keys.view)).json()) as { assumptions: Record<string, number> };
    expect(board.assumptions.monthlyActiveUsers).toBe(300_000_000);
    const res = await fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ template: 'nope' }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'unknown-template', path: 'template' } });
  });
});

describe('report', () => {
  it('returns the findings, estimate and load of the rules package for the stored board', async () => {
    const board = {
      format: 'scaleboard/v1',
      nodes: [
        { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0 },
        { id: 'w1', kind: 'web-server', label: 'W1', x: 0, y: 0 },
        { id: 'w2', kind: 'web-server', label: 'W2', x: 0, y: 0 },
      ],
      edges: [
        { id: 'a', from: 'lb', to: 'w1' },
        { id: 'b', from: 'lb', to: 'w2' },
      ],
    };
    const { id, keys } = await server.createBoard({ board });
    const body = (await (await get(`/api/boards/${id}/report`, keys.view)).json()) as { findings: Array<{ rule: string; nodes: string[] }>; estimate: object; load: object };
    expect(body.findings).toContainEqual(expect.objectContaining({ rule: 'single-point-of-failure', nodes: ['lb'] }));
    expect(body.estimate).toHaveProperty('peakWriteQps');
    expect(body.load).toHaveProperty('lb');
  });
});
