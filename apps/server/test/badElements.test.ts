import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf, readDoc } from '@scaleboard/board';
import { parseBoard } from '@scaleboard/rules';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { loadDocument } from '../src/rooms/loadDocument';
import { startTestServer, type TestServer } from './testServer';

/**
 * Issue 14: a node of a kind this version does not know (a newer client during a rolling deploy),
 * or elements with fields of the wrong type (an edit key's hand-made update, before the live guard
 * knew them), held in a board's stored log. Every reader leaves them out: the board still reports,
 * exports and summarises, and the exported file is one `scaleboard check` accepts.
 */
function badElements(): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const future = new Y.Map<unknown>();
    future.set('kind', 'quantum-queue');
    future.set('label', 'From the future');
    future.set('x', 300);
    future.set('y', 40);
    future.set('props', new Y.Map());
    nodesOf(doc).set('future', future);
    const broken = new Y.Map<unknown>();
    broken.set('kind', 'cache');
    broken.set('label', 42);
    broken.set('x', Number.NaN);
    broken.set('props', new Y.Map([['instances', 10n]]));
    nodesOf(doc).set('broken', broken);
    const edge = new Y.Map<unknown>();
    edge.set('from', 'web');
    edge.set('to', 'future');
    edge.set('kind', 'wormhole');
    edgesOf(doc).set('odd', edge);
    const toFuture = new Y.Map<unknown>();
    toFuture.set('from', 'web');
    toFuture.set('to', 'future');
    toFuture.set('kind', 'sync');
    edgesOf(doc).set('to-future', toFuture);
    // Concurrent with the board's own title: whichever Yjs keeps, the export must be a valid file.
    metaOf(doc).set('title', 'Mixed\u0000versions');
  });
  return Y.encodeStateAsUpdate(doc);
}

describe('a board whose stored log holds elements this version cannot read', () => {
  let server: TestServer;
  let created: CreateBoardResponse;
  let logLines: Array<{ msg: string; boardId?: string; skipped?: unknown }>;
  beforeEach(async () => {
    logLines = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString('utf8')) as (typeof logLines)[number]);
        done();
      },
    });
    server = await startTestServer({ logger: pino({ level: 'info' }, sink) });
    created = await server.createBoard({
      board: {
        format: 'scaleboard/v1',
        title: 'Mixed',
        nodes: [
          { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} },
          { id: 'web', kind: 'web-server', label: 'Web', x: 200, y: 0, props: {} },
        ],
        edges: [{ id: 'e1', from: 'lb', to: 'web', kind: 'sync' }],
      },
    });
    // Straight into the log, as an old log holds them: the live guard may refuse some through sync.
    await server.store.appendUpdate(created.id, badElements());
  });
  afterEach(async () => {
    await server.close();
  });

  const get = (path: string, key = created.keys.owner) => fetch(`${server.url}/api/boards/${created.id}/${path}${path.includes('?') ? '&' : '?'}key=${key}`);

  it('reports on the rest of the board', async () => {
    const res = await get('report');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: Array<{ rule: string; nodes: string[] }> };
    expect(body.findings.some((f) => f.rule === 'single-point-of-failure' && f.nodes.includes('lb'))).toBe(true);
    expect(JSON.stringify(body)).not.toContain('future');
  });

  it('exports a file `scaleboard check` accepts, without the elements it left out', async () => {
    const res = await get('export.json');
    expect(res.status).toBe(200);
    const file = (await res.json()) as unknown;
    const parsed = parseBoard(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.board.nodes.map((n) => n.id)).toEqual(['lb', 'web']);
    expect(parsed.board.edges.map((e) => e.id)).toEqual(['e1', 'to-future']);
  });

  it('exports SVG, PNG and Markdown, and the interview summary', async () => {
    for (const path of ['export.svg', 'export.png', 'export.md', 'interview/summary.md']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      if (path !== 'export.png') expect(await res.text()).not.toContain('From the future');
    }
  });

  it('keeps the elements it cannot read in the document, for the client that can', async () => {
    const reader = server.connect(created.id, created.keys.view);
    await new Promise<void>((resolve) => reader.once('sync', () => resolve()));
    expect(nodesOf(reader.doc).get('future')?.get('kind')).toBe('quantum-queue');
    expect(edgesOf(reader.doc).get('odd')?.get('kind')).toBe('wormhole');
  });

  it('counts in /metrics and logs, once per read and with the board id, what each read left out', async () => {
    const { doc } = await loadDocument(server.store, created.id);
    // Whatever this version leaves out of the stored document, each read counts exactly that.
    const { skipped } = readDoc(doc);
    expect(skipped.nodes).toBeGreaterThan(0);
    expect(skipped.edges).toBeGreaterThan(0);
    const counted = async () => {
      const values = (await server.app.metrics.elementsSkipped.get()).values;
      const of = (element: string) => values.find((v) => v.labels.element === element)?.value ?? 0;
      return { nodes: of('node'), edges: of('edge') };
    };
    const noted = () => logLines.filter((line) => line.msg === 'left out elements that break the board file contract');
    for (const [reads, path] of ['report', 'export.json', 'export.svg', 'export.png', 'export.md', 'interview/summary.md'].entries()) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 200 });
      expect({ path, counted: await counted() }).toEqual({ path, counted: { nodes: skipped.nodes * (reads + 1), edges: skipped.edges * (reads + 1) } });
      expect({ path, logged: noted().length }).toEqual({ path, logged: reads + 1 });
    }
    expect(noted().every((line) => line.boardId === created.id)).toBe(true);
    expect(noted()[0]?.skipped).toEqual(skipped);
    const secrets = Object.values(created.keys);
    expect(JSON.stringify(noted())).not.toMatch(new RegExp(secrets.join('|')));
  });
});
