import { describe, expect, it } from 'vitest';
import { BOARD_FORMAT, parseBoard, report, CHAPTER_1, type Board } from '@scaleboard/rules';
import { checkWellFormed } from './checkWellFormed';
import { readSvgBoard } from './embeddedBoard';
import { renderBoard, renderBoardSvg } from './renderBoardSvg';
import { paletteOf } from './renderTheme';

/** Every element the renderer writes; anything else in its output was injected. */
const SVG_ELEMENTS = new Set(['svg', 'title', 'metadata', 'sb:board', 'rect', 'g', 'path', 'line', 'text', 'tspan', 'circle', 'ellipse', 'polyline', 'polygon']);

const board: Board = {
  format: BOARD_FORMAT,
  title: 'Tom & Jerry <web> "tier"',
  assumptions: {},
  nodes: [
    { id: 'pub', kind: 'public-network', label: 'Public', x: 0, y: 0, width: 500, height: 200, props: {} },
    { id: 'lb', kind: 'load-balancer', label: 'LB <main> & "co"', x: 40, y: 60, parent: 'pub', props: {} },
    { id: 'web1', kind: 'web-server', label: '웹 서버 1', x: 600, y: 40, props: { instances: 2 } },
    { id: 'db', kind: 'database', label: 'Users DB', x: 600, y: 240, props: {} },
    { id: 'q', kind: 'message-queue', label: 'Jobs', x: 300, y: 300, props: {} },
    { id: 'n1', kind: 'note', label: 'Remember: </text> ]]> & \u0001 caching', x: -300, y: 0, props: {} },
  ],
  edges: [
    { id: 'e1', from: 'lb', to: 'web1', kind: 'sync', label: 'HTTP & <TLS>' },
    { id: 'e2', from: 'web1', to: 'q', kind: 'async' },
    { id: 'e3', from: 'db', to: 'web1', kind: 'replication' },
  ],
};

const HOSTILE = '"><script>alert(1)</script><g onload="alert(2)" x="';

describe('renderBoardSvg', () => {
  it('escapes every attribute: a hostile kind, id or label injects no element or attribute', () => {
    // Kinds are not checked in the live document, so a hostile one reaches the renderer as it is.
    const hostile = {
      ...board,
      nodes: [
        { id: `n${HOSTILE}`, kind: HOSTILE, label: HOSTILE, x: 0, y: 0, props: {} },
        { id: 'db', kind: 'database', label: HOSTILE, x: 300, y: 0, props: {} },
      ],
      edges: [{ id: `e${HOSTILE}`, from: `n${HOSTILE}`, to: 'db', kind: HOSTILE, label: HOSTILE }],
    } as unknown as Board;
    const svg = renderBoardSvg(hostile, { findings: [{ rule: HOSTILE, severity: 'error', nodes: ['db'], message: HOSTILE } as never] });
    expect(() => checkWellFormed(svg)).not.toThrow();
    const elements = new Set([...svg.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((m) => m[1]));
    expect([...elements].filter((name) => !SVG_ELEMENTS.has(name!))).toEqual([]);
    const attributes = [...svg.matchAll(/\s([\w:.-]+)="/g)].map((m) => m[1]!);
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  });

  it('produces well-formed XML for hostile labels, in both themes and backgrounds', () => {
    for (const theme of ['light', 'dark'] as const)
      for (const background of ['solid', 'transparent'] as const) expect(() => checkWellFormed(renderBoardSvg(board, { theme, background }))).not.toThrow();
  });

  it('escapes labels instead of letting them become markup', () => {
    const svg = renderBoardSvg(board);
    expect(svg).toContain('>LB &lt;main&gt; &amp; &quot;');
    expect(svg).toContain('HTTP &amp; &lt;TLS&gt;');
    expect(svg).not.toContain('<main>');
    expect(svg).not.toContain('\u0001');
  });

  it('draws every node and edge, each with its kind', () => {
    const svg = renderBoardSvg(board);
    for (const node of board.nodes) expect(svg).toContain(`data-id="${node.id}" data-kind="${node.kind}"`);
    for (const edge of board.edges) expect(svg).toContain(`data-id="${edge.id}" data-kind="${edge.kind}"`);
    expect(svg).toContain('웹 서버 1');
    expect(svg).toContain('>Load balancer<');
  });

  it('styles edges by kind: sync solid, async dashed, replication dotted with two arrow heads', () => {
    const svg = renderBoardSvg(board);
    const line = (id: string) => new RegExp(`data-id="${id}"[^>]*><line ([^>]*)/>`).exec(svg)?.[1] ?? '';
    const heads = (id: string) => new RegExp(`data-id="${id}"[^>]*><line [^>]*/>((?:<path [^>]*/>)*)`).exec(svg)?.[1]?.match(/<path /g)?.length ?? 0;
    expect(line('e1')).not.toContain('stroke-dasharray');
    expect(line('e2')).toContain('stroke-dasharray="8 6"');
    expect(line('e3')).toContain('stroke-dasharray="1.5 5"');
    expect(heads('e1')).toBe(1);
    expect(heads('e3')).toBe(2);
    // No markers: resvg aborts on a marker outside the part of the picture it draws.
    expect(svg).not.toContain('marker');
  });

  it('draws a band of the picture: its rows, with only what reaches into them', () => {
    const whole = renderBoard(board);
    // Picture rows: the board's y from -32 (padding); web1 at 40..96 and db at 240..296 on the board.
    const top = renderBoard(board, { band: { top: 0, height: 150 } });
    const bottom = renderBoard(board, { band: { top: 150, height: whole.height - 150 } });
    expect(top.svg).toMatch(new RegExp(`^<svg [^>]*width="${whole.width}" height="150" viewBox="-332 -32 ${whole.width} 150"`));
    expect(bottom.svg).toMatch(new RegExp(`height="${whole.height - 150}" viewBox="-332 118 ${whole.width} ${whole.height - 150}"`));
    const ids = (svg: string) => [...svg.matchAll(/<g class="sb-(?:node|edge)" data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(top.svg)).toContain('web1');
    expect(ids(top.svg)).not.toContain('db');
    expect(ids(bottom.svg)).toContain('db');
    expect(ids(bottom.svg)).not.toContain('web1');
    // Everything in the picture is in some band, and the group that spans both is in both.
    expect(new Set([...ids(top.svg), ...ids(bottom.svg)])).toEqual(new Set(ids(whole.svg)));
    expect(ids(top.svg)).toContain('pub');
    expect(ids(bottom.svg)).toContain('pub');
  });

  it('refuses a band that is not whole rows of the picture', () => {
    const { height } = renderBoard(board);
    for (const band of [{ top: -1, height: 10 }, { top: 0, height: 0 }, { top: 0.5, height: 10 }, { top: 10, height: height }]) {
      expect(() => renderBoard(board, { band })).toThrow(RangeError);
    }
  });

  it('draws every part of an icon in its tile colour, the parts lucide fills with currentColor too', () => {
    const store: Board = { ...board, nodes: [{ id: 's', kind: 'session-store', label: 'Sessions', x: 0, y: 0, props: {} }], edges: [] };
    const svg = renderBoardSvg(store);
    expect(svg).not.toContain('currentColor');
    expect(svg).toContain(`fill="${paletteOf('light').tiles.amber.fg}"`);
  });

  it('is deterministic: the same board and options give the same bytes, whatever the input order', () => {
    const shuffled: Board = { ...board, nodes: [...board.nodes].reverse(), edges: [...board.edges].reverse() };
    const a = renderBoardSvg(board, { theme: 'dark' });
    expect(renderBoardSvg(board, { theme: 'dark' })).toBe(a);
    // The embedded document keeps the given order, the drawing does not depend on it.
    const strip = (svg: string) => svg.replace(/<metadata>.*<\/metadata>/, '');
    expect(strip(renderBoardSvg(shuffled, { theme: 'dark' }))).toBe(strip(a));
  });

  it('sizes the picture to the board plus padding, with group children placed relative to their group', () => {
    const { width, height, layout, origin } = renderBoard(board, { padding: 10 });
    expect(origin).toEqual({ x: -310, y: -10 });
    expect(width).toBe(600 + 176 + 300 + 20);
    expect(height).toBe(356 + 20);
    expect(layout.nodes.find((p) => p.node.id === 'lb')?.box).toMatchObject({ x: 40, y: 60 });
  });

  it('embeds the board so the picture can be imported back', () => {
    const text = readSvgBoard(renderBoardSvg(board));
    const parsed = parseBoard(JSON.parse(text ?? 'null'));
    expect(parsed.ok && parsed.board).toEqual(board);
  });

  it('draws and embeds only the selection; children of an unselected group keep their absolute place', () => {
    const { svg } = renderBoard(board, { selection: ['lb', 'web1'] });
    expect(svg).toContain('data-id="lb"');
    expect(svg).not.toContain('data-id="db"');
    expect(svg).not.toContain('data-id="pub"');
    const embedded = JSON.parse(readSvgBoard(svg) ?? '{}') as Board;
    expect(embedded.nodes.map((n) => n.id)).toEqual(['lb', 'web1']);
    expect(embedded.nodes[0]).toMatchObject({ x: 40, y: 60 });
    expect(embedded.nodes[0]?.parent).toBeUndefined();
    expect(embedded.edges.map((e) => e.id)).toEqual(['e1']);
    expect(renderBoard(board, { selection: ['pub'] }).svg).toContain('data-id="lb"');
  });

  it('overlays findings badges and load colours from report()', () => {
    const template = CHAPTER_1[0]!.board;
    const r = report(template);
    const svg = renderBoardSvg(template, { findings: r.findings, load: r.load });
    expect(r.findings.some((f) => f.nodes.length > 0)).toBe(true);
    expect(svg).toContain('class="sb-finding"');
    expect(renderBoardSvg(template)).not.toContain('class="sb-finding"');
    expect(() => checkWellFormed(svg)).not.toThrow();
  });

  it('draws an empty board as a small blank picture', () => {
    const empty: Board = { format: BOARD_FORMAT, title: 'Empty', assumptions: {}, nodes: [], edges: [] };
    const result = renderBoard(empty);
    expect([result.width, result.height]).toEqual([64, 64]);
    expect(() => checkWellFormed(result.svg)).not.toThrow();
  });
});

describe('renderBoard highlight', () => {
  /** The `<g class="sb-node">` of one node, up to the next node's. */
  const nodeGroup = (svg: string, id: string) => svg.slice(svg.indexOf(`<g class="sb-node" data-id="${id}"`)).split('<g class="sb-node"')[1]!;

  it('marks the nodes later removed (dashed) and changed (solid) in the theme colours, and no other', () => {
    for (const theme of ['light', 'dark'] as const) {
      const palette = paletteOf(theme);
      const svg = renderBoardSvg(board, { theme, highlight: { removed: ['q'], changed: ['db', 'pub'] } });
      expect(() => checkWellFormed(svg)).not.toThrow();
      const marked = [...svg.matchAll(/<g class="sb-node" data-id="([^"]*)" data-kind="[^"]*" data-change="([^"]*)"/g)].map((m) => [m[1], m[2]]);
      expect(marked.sort()).toEqual([
        ['db', 'changed'],
        ['pub', 'changed'],
        ['q', 'removed'],
      ]);
      expect(nodeGroup(svg, 'q')).toMatch(new RegExp(`<g class="sb-change" data-change="removed"><title>removed since</title><rect [^>]*stroke="${palette.change.removed}"[^>]*stroke-dasharray`));
      expect(nodeGroup(svg, 'db')).toMatch(new RegExp(`<g class="sb-change" data-change="changed"><title>changed since</title><rect [^>]*stroke="${palette.change.changed}" stroke-width="2.5"/>`));
      for (const id of ['lb', 'web1', 'n1']) expect(nodeGroup(svg, id)).not.toContain('sb-change');
      expect(svg.match(/class="sb-change"/g)).toHaveLength(3);
    }
  });

  it('ignores unknown ids, hostile ones too, and marks an id in both lists removed', () => {
    const svg = renderBoardSvg(board, { highlight: { removed: ['db', HOSTILE], changed: ['db', `x${HOSTILE}`] } });
    expect(() => checkWellFormed(svg)).not.toThrow();
    expect(svg.match(/class="sb-change"/g)).toHaveLength(1);
    expect(nodeGroup(svg, 'db')).toContain('data-change="removed"');
  });

  it('draws exactly the same bytes without a highlight, or with an empty one', () => {
    const plain = renderBoardSvg(board, { theme: 'dark' });
    expect(plain).not.toContain('data-change');
    expect(renderBoardSvg(board, { theme: 'dark', highlight: {} })).toBe(plain);
    expect(renderBoardSvg(board, { theme: 'dark', highlight: { removed: [], changed: ['nobody'] } })).toBe(plain);
  });

  it('keeps a mark inside a band that reaches its node', () => {
    const { height } = renderBoard(board);
    const top = renderBoardSvg(board, { band: { top: 0, height: Math.floor(height / 2) }, highlight: { changed: ['pub'] } });
    expect(() => checkWellFormed(top)).not.toThrow();
    expect(top).toContain('data-change="changed"');
  });
});
