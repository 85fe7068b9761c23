import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const post = (body: unknown, lang = 'en') =>
  fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) });

describe('POST /api/boards with a design written as text', () => {
  it('imports a Mermaid flowchart, laid out, with kinds read from its labels and shapes', async () => {
    const response = await post({ title: 'From Mermaid', board: 'flowchart LR\n  user[Users] -->|HTTPS| lb(Load balancer)\n  lb --> web1[Web] & web2[Web]\n  web1 & web2 --> db[(Orders)]\n' });
    expect(response.status).toBe(201);
    const { id, keys } = (await response.json()) as { id: string; keys: { owner: string } };
    const exported = (await (await fetch(`${server.url}/api/boards/${id}/export.json`, { headers: { authorization: `Bearer ${keys.owner}` } })).json()) as {
      title: string;
      nodes: Array<{ id: string; kind: string; x: number }>;
      edges: unknown[];
    };
    expect(exported.title).toBe('From Mermaid');
    expect(Object.fromEntries(exported.nodes.map((node) => [node.id, node.kind]))).toEqual({
      user: 'client',
      lb: 'load-balancer',
      web1: 'web-server',
      web2: 'web-server',
      db: 'database',
    });
    expect(exported.edges).toHaveLength(5);
    // Laid out along the flow, left to right.
    const x = Object.fromEntries(exported.nodes.map((node) => [node.id, node.x]));
    expect(x.user! < x.lb! && x.lb! < x.web1! && x.web1! < x.db!).toBe(true);
  });

  it('imports the text format with its props', async () => {
    const response = await post({ board: 'lb: load-balancer "LB" {instances: 2}\nweb: web-server {instances: 3}\nlb -> web "HTTP"\n' });
    expect(response.status).toBe(201);
    const { id, keys } = (await response.json()) as { id: string; keys: { owner: string } };
    const exported = (await (await fetch(`${server.url}/api/boards/${id}/export.json?key=${keys.owner}`)).json()) as { nodes: Array<{ props: unknown }> };
    expect(exported.nodes.map((node) => node.props)).toEqual([{ instances: 2 }, { instances: 3 }]);
  });

  it('refuses bad text with 400, the line and column in the request language', async () => {
    const bad = await post({ board: 'flowchart LR\n  a --> b[unclosed\n' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'invalid-board', message: 'board: line 2, column 10: the shape opened here is not closed with "]"', path: 'board' } });
    const ko = await post({ board: 'lb: lod-balancer' }, 'ko');
    expect(ko.status).toBe(400);
    expect(((await ko.json()) as { error: { message: string } }).error.message).toMatch(/^board: 1행 5열: "lod-balancer" 종류는 없습니다/);
    const invalid = await post({ board: 'web: web-server {instances: 0}' });
    expect(((await invalid.json()) as { error: { message: string } }).error.message).toContain('line 1, column 1');
  });
});
