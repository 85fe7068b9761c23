import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardToDoc } from '@scaleboard/board';
import { BOARD_FORMAT, type Board } from '@scaleboard/rules';
import { createTempDataDir } from '@scaleboard/db/testing';
import { generateBoardId, generateKey, hashKey } from '../src/keys';
import { PrismaBoardStore } from '../src/storage/PrismaBoardStore';
import { startTestServer, type TestServer } from './testServer';

// Regression tests for the outside security probe (issue 13): each request once stalled the event
// loop or answered 500. Timing bounds are generous (2 s) on inputs the old code took seconds over.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface ErrorBody {
  error: { code: string; message: string; path?: string };
}

function post(body: string): Promise<Response> {
  return fetch(`${server.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const dataUrl = (text: string) => `data:,${encodeURIComponent(text)}`;
const board = (fields: Partial<Board> = {}): Board => ({ format: BOARD_FORMAT, title: 'T', assumptions: {}, nodes: [], edges: [], ...fields });

/** Stores a board as an old log may hold it: written without today's checks. */
async function storeBoard(content: Board): Promise<{ id: string; key: string }> {
  const doc = new Y.Doc();
  boardToDoc(content, doc);
  const id = generateBoardId();
  const key = generateKey();
  await server.store.createBoard({ id, title: content.title, keyHashes: { owner: hashKey(key), edit: hashKey(generateKey()), view: hashKey(generateKey()) }, createdAt: new Date() }, Y.encodeStateAsUpdate(doc));
  return { id, key };
}

describe('embedded boards (finding 1)', () => {
  it('refuses 300 kB of unterminated <sb:board openings with a 400, without stalling', async () => {
    const svg = `<svg>${'<sb:board '.repeat(30_000)}`;
    const { value: res, ms } = await timed(() => post(JSON.stringify({ board: `data:,${svg}` })));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/sb:board/);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses an SVG with two embedded boards as ambiguous', async () => {
    const one = `<sb:board format="scaleboard/v1">${JSON.stringify(board())}</sb:board>`;
    const res = await post(JSON.stringify({ board: dataUrl(`<svg><metadata>${one}${one}</metadata></svg>`) }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/more than once/);
  });

  it('reads an out-of-range or NUL character reference as U+FFFD instead of answering 500', async () => {
    const svg = `<svg><metadata><sb:board format="scaleboard/v1">{"format":"scaleboard/v1","title":"&#x110000;&#99999999999;&#0;&#xD800;"}</sb:board></metadata></svg>`;
    const res = await post(JSON.stringify({ board: dataUrl(svg) }));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { title: string }).title).toBe('\uFFFD'.repeat(4));
  });
});

describe('long text (finding 2)', () => {
  it('exports a stored note of one 80,000-character word quickly, clipped to the lines a note shows', async () => {
    const { id, key } = await storeBoard(board({ nodes: [{ id: 'n', kind: 'note', label: 'x'.repeat(80_000), x: 0, y: 0, props: {} }] }));
    const { value: res, ms } = await timed(() => fetch(`${server.url}/api/boards/${id}/export.svg?key=${key}`));
    expect(res.status).toBe(200);
    const svg = await res.text();
    expect(svg.match(/<tspan/g)).toHaveLength(12);
    expect(ms).toBeLessThan(2000);
  });

  it.each([
    { what: 'a note text', content: board({ nodes: [{ id: 'n', kind: 'note', label: 'x'.repeat(5_001), x: 0, y: 0, props: {} }] }), path: 'board.nodes[0].label' },
    { what: 'a label', content: board({ nodes: [{ id: 'c', kind: 'cache', label: 'x'.repeat(201), x: 0, y: 0, props: {} }] }), path: 'board.nodes[0].label' },
    { what: 'an edge label', content: board({ edges: [{ id: 'e', from: 'a', to: 'b', kind: 'sync', label: 'x'.repeat(201) }] }), path: 'board.edges[0].label' },
    { what: 'a title', content: board({ title: 'x'.repeat(201) }), path: 'board.title' },
  ])('refuses an import with $what over its limit, naming the path and the limit', async ({ content, path }) => {
    for (const input of [content, dataUrl(JSON.stringify(content))]) {
      const res = await post(JSON.stringify({ board: input }));
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.path).toBe(path);
      expect(error.message).toMatch(/at most (200|5000) characters/);
    }
  });
});

describe('interview summary (finding 13)', () => {
  it('keeps a hostile title and labels inside their lines: no forged section, heading or table row', async () => {
    const forged = 'Board\n\n## Rubric (private)\n\n| Scope | 4/4 | forged |\n<img src=x onerror=alert(1)>';
    const { id, keys } = await server.createBoard({
      board: board({ title: forged, nodes: [{ id: 'web', kind: 'web-server', label: forged.slice(0, 200), x: 0, y: 0, props: {} }] }),
    });
    const res = await fetch(`${server.url}/api/boards/${id}/interview/summary.md?key=${keys.edit}`);
    expect(res.status).toBe(200);
    // The board's JSON at the end is a fenced code block, where the text is literal anyway.
    const md = (await res.text()).split('\n## Board\n')[0]!;
    expect(md.split('\n')[0]).toMatch(/^# Interview summary — Board .*Rubric \(private\)/);
    expect(md).not.toMatch(/^#+ Rubric/m);
    expect(md).not.toMatch(/^\| Scope/m);
    // Escaped as \<img, which Markdown shows as text.
    expect(md).not.toMatch(/(^|[^\\])<img/m);
  });
});

describe('malformed requests answer 400, not 500 (finding 14)', () => {
  const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

  it.each([
    { what: 'a body nested 100,000 deep', body: `{"board":{"format":"scaleboard/v1","nodes":${deep(100_000)}}}` },
    { what: 'an unknown field nested 100,000 deep', body: `{"board":{"format":"scaleboard/v1","extra":${deep(100_000)}}}` },
    { what: 'a data: URL board nested 100,000 deep', body: JSON.stringify({ board: dataUrl(`{"format":"scaleboard/v1","extra":${deep(100_000)}}`) }) },
  ])('refuses $what with a 400 naming the depth limit', async ({ body }) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/MAX_JSON_DEPTH/);
  });

  it('accepts a board whose unknown fields nest within the limit', async () => {
    const res = await post(`{"board":{"format":"scaleboard/v1","extra":${deep(20)}}}`);
    expect(res.status).toBe(201);
  });

  it('refuses malformed percent-encoding in the URL with a 400', async () => {
    const { keys } = await server.createBoard();
    const res = await fetch(`${server.url}/api/boards/%E0%A4%A?key=${keys.owner}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.code).toBe('bad-url');
  });

  it('refuses a NUL in a title with a 400 naming the field', async () => {
    const res = await post(JSON.stringify({ title: 'a\u0000b' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error).toMatchObject({ path: 'title', message: expect.stringMatching(/NUL/) });
  });
});

describe('NUL bytes over the embedded database answer 400, not 500 (finding 14)', () => {
  it('refuses a NUL in a board id, a title or interview notes, which PostgreSQL cannot store', async () => {
    const dir = await createTempDataDir({ migrated: true });
    const store = await PrismaBoardStore.open({ dataDir: dir.path });
    const db = await startTestServer({ store });
    try {
      const { id, keys } = await db.createBoard();
      const byId = await fetch(`${db.url}/api/boards/a%00b?key=${keys.owner}`);
      expect(byId.status).toBe(400);
      expect(((await byId.json()) as ErrorBody).error.code).toBe('bad-board-id');
      const titled = await fetch(`${db.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'a\u0000b' }) });
      expect(titled.status).toBe(400);
      const notes = { notes: 'a\u0000b', rubric: Object.fromEntries(['scope', 'highLevelDesign', 'deepDive', 'communication'].map((area) => [area, { score: null, comment: 'c\u0000' }])) };
      const noted = await fetch(`${db.url}/api/boards/${id}/interview/notes?key=${keys.owner}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notes) });
      expect(noted.status).toBe(400);
      expect(((await noted.json()) as ErrorBody).error.message).toMatch(/NUL/);
    } finally {
      await db.close();
      await store.close();
      await dir.remove();
    }
  }, 120_000); // an embedded database opens in ~4 s idle, much longer on a busy machine
});
