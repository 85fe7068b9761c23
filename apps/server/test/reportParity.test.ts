import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docToBoard } from '@scaleboard/board';
import { report, TEMPLATES, type Report } from '@scaleboard/rules';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/**
 * The board screen runs `report(docToBoard(doc))` on its live document; the REST report must say
 * exactly the same for the same state (one code path, not two that drift).
 */
describe('GET /api/boards/:id/report', () => {
  it.each(TEMPLATES.map((t) => [t.id]))('equals the client-side report of the %s template', async (template) => {
    const { id, keys } = await server.createBoard({ template });
    const client = server.connect(id, keys.view);
    await eventually(() => expect(client.synced).toBe(true));
    const onClient = report(docToBoard(client.doc));
    expect(onClient.findings.length + Object.keys(onClient.load).length).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/api/boards/${id}/report`, { headers: { authorization: `Bearer ${keys.view}` } });
    expect(res.status).toBe(200);
    // Compared as JSON: what the client computes, sent over the wire, is what the server sends.
    const body = (await res.json()) as Report;
    expect(body).toEqual(JSON.parse(JSON.stringify(onClient)));
    // Issue 19's additions to the shape: every template draws a request path, and it costs something.
    expect(body.latency.slowestMs).toBeGreaterThan(0);
    expect(body.cost).toMatchObject({ currency: 'USD', monthly: expect.any(Number) });
    expect(body.cost.monthly).toBeGreaterThan(0);
  });
});
