import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBoard, renderBoardSvg, readPngText, PNG_BOARD_KEYWORD } from '@scaleboard/board';
import { BOARD_FORMAT, report, type Board } from '@scaleboard/rules';
import { decodePng, pixelsUnlike } from './decodePng';
import { addNode } from '@scaleboard/board';
import type { CreateBoardResponse } from '@scaleboard/protocol';
import { MemoryBoardStore } from '../src/storage/MemoryBoardStore';
import { eventually } from './eventually';
import { startTestServer, type TestServer } from './testServer';

const board: Board = {
  format: BOARD_FORMAT,
  title: 'Export me',
  assumptions: { monthlyActiveUsers: 1_000_000 },
  // Sorted by id, as boards come out of the live document.
  nodes: [
    { id: 'db', kind: 'database', label: 'Users', x: 560, y: 240, props: {} },
    { id: 'lb', kind: 'load-balancer', label: 'LB', x: 40, y: 60, parent: 'pub', props: {} },
    { id: 'note', kind: 'note', label: 'Cache later', x: 40, y: 240, props: {} },
    { id: 'pub', kind: 'public-network', label: 'Internet', x: 0, y: 0, width: 460, height: 160, props: {} },
    { id: 'web', kind: 'web-server', label: '웹 서버', x: 560, y: 60, props: { instances: 2 } },
  ],
  edges: [
    { id: 'e1', from: 'lb', to: 'web', kind: 'sync', label: 'HTTP' },
    { id: 'e2', from: 'web', to: 'db', kind: 'sync' },
  ],
};
const LIGHT_BG: [number, number, number, number] = [0xf8, 0xf9, 0xfb, 255];

describe('export', () => {
  let server: TestServer;
  let id: string;
  let key: string;
  let created: CreateBoardResponse;
  beforeEach(async () => {
    server = await startTestServer();
    created = await server.createBoard({ board });
    id = created.id;
    key = created.keys.view;
  });
  afterEach(async () => {
    await server.close();
  });

  const get = (path: string) => fetch(`${server.url}/api/boards/${id}/${path}${path.includes('?') ? '&' : '?'}key=${key}`);
  const png = async (path: string) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    return new Uint8Array(await res.arrayBuffer());
  };

  it('serves an unchanged board’s SVG again, and a changed board’s new picture', async () => {
    const first = await (await get('export.svg')).text();
    expect(await (await get('export.svg')).text()).toBe(first);
    const editor = server.connect(id, created.keys.edit);
    await eventually(() => expect(editor.synced).toBe(true));
    addNode(editor.doc, { id: 'late', kind: 'cache', label: 'Added later', x: 900, y: 60, props: {} });
    await eventually(async () => expect(await (await get('export.svg')).text()).toContain('Added later'));
  });

  it('serves the shared renderer’s SVG, byte for byte, with the options as query parameters', async () => {
    const res = await get('export.svg?theme=dark&background=transparent&padding=8');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(await res.text()).toBe(renderBoardSvg(board, { theme: 'dark', background: 'transparent', padding: 8 }));
    const withFindings = await (await get('export.svg?findings=true&load=1&selection=lb,web')).text();
    const r = report(board);
    expect(withFindings).toBe(renderBoardSvg(board, { findings: r.findings, load: r.load, selection: ['lb', 'web'] }));
  });

  it('draws PNGs at scales 1 to 4 with the expected size and every node visible in its region', async () => {
    const { width, height, layout, origin } = renderBoard(board);
    for (const scale of [1, 2, 3, 4]) {
      const pixels = decodePng(await png(`export.png?scale=${scale}`));
      expect([pixels.width, pixels.height]).toEqual([width * scale, height * scale]);
      for (const { node, box } of layout.nodes) {
        const region = { x: (box.x - origin.x) * scale, y: (box.y - origin.y) * scale, width: box.width * scale, height: box.height * scale };
        expect(pixelsUnlike(pixels, region, LIGHT_BG), `${node.id} at ${scale}×`).toBeGreaterThan(region.width * region.height * 0.02);
      }
    }
  });

  it('renders a Korean label: pixels in its label box, none when the label is empty', async () => {
    const labelBox = async (label: string) => {
      const created = await server.createBoard({ board: { ...board, nodes: [{ id: 'k', kind: 'web-server', label, x: 0, y: 0, props: {} }], edges: [] } });
      const res = await fetch(`${server.url}/api/boards/${created.id}/export.png?scale=2&key=${created.keys.view}`);
      const pixels = decodePng(new Uint8Array(await res.arrayBuffer()));
      // The label line of a component: right of the icon tile, above the kind caption (renderNodes.ts).
      return pixelsUnlike(pixels, { x: (32 + 55) * 2, y: (32 + 28 - 14) * 2, width: 100 * 2, height: 14 * 2 }, [255, 255, 255, 255]);
    };
    expect(await labelBox('')).toBe(0);
    expect(await labelBox('웹 서버 캐시')).toBeGreaterThan(150);
  });

  it('draws a transparent background as transparent, and the cards as opaque', async () => {
    const { layout, origin } = renderBoard(board);
    const pixels = decodePng(await png('export.png?background=transparent'));
    expect([...pixels.data.subarray(0, 4)]).toEqual([0, 0, 0, 0]);
    const db = layout.nodes.find((p) => p.node.id === 'db')!.box;
    const inside = ((db.y - origin.y + 4) * pixels.width + (db.x - origin.x + db.width - 8)) * 4;
    expect(pixels.data[inside + 3]).toBe(255);
  });

  it('embeds the board in the PNG; importing the PNG gives the same board', async () => {
    const bytes = await png('export.png?scale=2&theme=dark');
    expect(JSON.parse(readPngText(bytes, PNG_BOARD_KEYWORD) ?? 'null')).toEqual(board);
    const imported = await server.createBoard({ board: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` });
    const res = await fetch(`${server.url}/api/boards/${imported.id}/export.json?key=${imported.keys.view}`);
    expect(await res.json()).toEqual(board);
  });

  it('imports an exported SVG and a JSON file as data URLs; JSON → import → JSON is identical', async () => {
    const json = await (await get('export.json')).text();
    for (const url of [`data:image/svg+xml;base64,${Buffer.from(await (await get('export.svg')).text()).toString('base64')}`, `data:application/json,${encodeURIComponent(json)}`]) {
      const imported = await server.createBoard({ board: url });
      const res = await fetch(`${server.url}/api/boards/${imported.id}/export.json?key=${imported.keys.view}`);
      expect(await res.text()).toBe(json);
    }
  });

  it('imports a board with sketches; JSON, SVG and PNG carry them, and the PNG imports back with them', async () => {
    const sketched: Board = {
      ...board,
      sketches: [
        { id: 'a1', shape: 'arrow', x: 300, y: 300, points: [0, 0, 200, -40], to: 'db' },
        { id: 's1', shape: 'stroke', x: 100, y: 320, points: [0, 0, 20, 10, 45, 4, 70, 18], pen: 'kept' },
      ],
    };
    const made = await server.createBoard({ board: sketched });
    const read = (path: string) => fetch(`${server.url}/api/boards/${made.id}/${path}?key=${made.keys.view}`);
    expect(await (await read('export.json')).json()).toEqual(sketched);
    const svg = await (await read('export.svg')).text();
    expect(svg).toContain('data-sketch="stroke"');
    expect(svg).toContain('data-sketch="arrow"');
    const bytes = new Uint8Array(await (await read('export.png')).arrayBuffer());
    const again = await server.createBoard({ board: `data:image/png;base64,${Buffer.from(bytes).toString('base64')}` });
    expect(await (await fetch(`${server.url}/api/boards/${again.id}/export.json?key=${again.keys.view}`)).json()).toEqual(sketched);
  });

  it('refuses malformed imports with a clear message and creates no board', async () => {
    const store = new MemoryBoardStore();
    let created = 0;
    const createBoard = store.createBoard.bind(store);
    store.createBoard = (...args) => ((created += 1), createBoard(...args));
    const counted = await startTestServer({ store });
    const post = (body: unknown) => fetch(`${counted.url}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const plainPng = renderBoard(board); // an SVG without metadata stands for a foreign picture
    const cases: Array<[unknown, RegExp]> = [
      // A string that is not a data URL is read as a design written as text (issue 20): refused at its line and column.
      ['not a data url', /line 1, column 5/],
      ['data:image/png;base64,@@@', /not valid base64/],
      [`data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x20, 0x67]).toString('base64')}`, /PNG carries no Scaleboard board/],
      [`data:image/svg+xml,${encodeURIComponent(plainPng.svg.replace(/<metadata>.*<\/metadata>/, ''))}`, /SVG carries no Scaleboard board/],
      [`data:application/json,${encodeURIComponent('{"format":"scaleboard/v1","nodes":[{"id":"a","kind":"rocket"}]}')}`, /board\.nodes\[0\]\.kind/],
      [{ format: 'scaleboard/v1', sketches: [{ id: 's', shape: 'stroke', x: 0, y: 0, points: [0, 0, 0.5, 1] }] }, /board\.sketches\[0\]\.points\[2\]/],
    ];
    for (const [input, message] of cases) {
      const res = await post({ board: input });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid-board');
      expect(body.error.message).toMatch(message);
    }
    expect(created).toBe(0);
    await counted.close();
  });

  it('refuses an oversized import with 413 and bad export options with 400 naming the option', async () => {
    const small = await startTestServer({ limits: { maxBodyBytes: 4096 } });
    try {
      const res = await fetch(`${small.url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ board: `data:image/png;base64,${'A'.repeat(8192)}` }),
      });
      expect(res.status).toBe(413);
    } finally {
      await small.close();
    }
    for (const [query, path] of [['scale=5', 'scale'], ['scale=0', 'scale'], ['theme=pink', 'theme'], ['background=red', 'background'], ['findings=maybe', 'findings']]) {
      const res = await get(`export.png?${query}`);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'bad-request', path } });
    }
  });

  it('refuses a PNG larger than the pixel limit with 413 and the scale that fits', async () => {
    const wide = await server.createBoard({ board: { ...board, nodes: [{ id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} }, { id: 'b', kind: 'cache', label: 'B', x: 9000, y: 4000, props: {} }], edges: [] } });
    const res = await fetch(`${server.url}/api/boards/${wide.id}/export.png?scale=2&key=${wide.keys.view}`);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'picture-too-large', path: 'scale', message: expect.stringMatching(/use scale=1\.\d+ or less/) } });
  });

  it('exports a Markdown report with the picture, the findings and the estimate', async () => {
    const res = await get('export.md');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    const md = await res.text();
    expect(md).toContain('# Export me');
    expect(md).toContain('![Export me](data:image/svg+xml;base64,');
    for (const f of report(board).findings) expect(md).toContain(`\`${f.rule}\``);
    expect(md).toContain('## Estimate');
  });
});
