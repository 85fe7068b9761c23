// Server PNG export of a 500-component board at 2×: what GET /api/boards/:id/export.png does after
// reading the document — render the SVG, draw it to PNG in the export process, embed the board.
// Run with `npm run bench:export -w @scaleboard/server`; figures in docs/BENCHMARKS.md.
import os from 'node:os';
import { embedPngText, exportPicture, PNG_BOARD_KEYWORD } from '@scaleboard/board';
import { sketch, type Board, type SketchEdge, type SketchNode } from '@scaleboard/rules';
import { pictureBands } from '../src/export/pictureBands';
import { PngRasterizer } from '../src/export/PngRasterizer';

type Layout = 'strip' | 'grid';

/**
 * Fifty cells of ten components (the chapter-1 architecture), labels Latin or Korean. `strip`: the
 * rules package's sketch grid (six columns, a tall picture: 66 Mpx at 2×, more than the server
 * draws); `grid`: each cell drawn as on a real board (balancer above four web servers, data tier
 * below, 20 px apart) and the cells ten to a row: 46 Mpx at 2×, under the server's 50 Mpx limit.
 */
function generateBoard(components: number, korean: boolean, layout: Layout): Board {
  const nodes: SketchNode[] = [];
  const edges: SketchEdge[] = [];
  for (let c = 0; c < components / 10; c++) {
    const id = (name: string) => `${korean ? '서버' : ''}${name}-${c}`;
    nodes.push(
      [id('lb'), 'load-balancer'],
      ...[1, 2, 3, 4].map((w) => [id(`web${w}`), 'web-server'] as SketchNode),
      [id('cache'), 'cache'],
      [id('db'), 'database'],
      [id('replica'), 'database', { role: 'replica' }],
      [id('jobs'), 'message-queue'],
      [id('worker'), 'worker'],
    );
    edges.push([id('db'), id('replica'), 'replication'], [id('jobs'), id('worker'), 'async'], [id('worker'), id('db')]);
    for (const w of [1, 2, 3, 4]) edges.push([id('lb'), id(`web${w}`)], [id(`web${w}`), id('cache')], [id(`web${w}`), id('db')], [id(`web${w}`), id('jobs'), 'async']);
  }
  const board = sketch(`Generated ${components}`, nodes, edges);
  if (layout === 'strip') return board;
  // Inside a cell, 20 px between cards: row 0 the balancer, queue and worker; row 1 the web servers;
  // row 2 cache, database and replica.
  const pitch = { x: 196, y: 80 };
  const spot = [[0, 0], [0, 1], [1, 1], [2, 1], [3, 1], [0, 2], [1, 2], [2, 2], [2, 0], [3, 0]] as const;
  const cell = { width: 4 * pitch.x + 40, height: 3 * pitch.y + 40 };
  return {
    ...board,
    nodes: board.nodes.map((node, i) => {
      const c = Math.floor(i / 10);
      const [col, row] = spot[i % 10]!;
      return { ...node, x: (c % 10) * cell.width + col * pitch.x, y: Math.floor(c / 10) * cell.height + row * pitch.y };
    }),
  };
}

const rasterizer = new PngRasterizer();
async function exportPng(board: Board, scale: number): Promise<{ bytes: number; width: number; height: number }> {
  const picture = exportPicture(board);
  const bands = pictureBands(board, {}, picture, scale);
  const png = embedPngText(await rasterizer.rasterize(bands, { scale, opaque: true }), PNG_BOARD_KEYWORD, picture.boardJson);
  return { bytes: png.length, width: picture.width * scale, height: picture.height * scale };
}

const runs = Number(process.env.RUNS ?? 15);
const rows: string[] = [];
// A board of a study group's size, then the 500-component board of the issue in both layouts.
const cases = [[50, 'grid'], [500, 'grid'], [500, 'strip']] as const;
for (const [components, layout] of cases) {
  for (const korean of [false, true]) {
    const board = generateBoard(components, korean, layout);
    for (let i = 0; i < 3; i++) await exportPng(board, 2); // warm-up
    const times: number[] = [];
    let out = { bytes: 0, width: 0, height: 0 };
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      out = await exportPng(board, 2);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
    const mpx = ((out.width * out.height) / 1e6).toFixed(0);
    rows.push(
      `| ${layout} | ${board.nodes.length} | ${board.edges.length} | ${korean ? 'Korean' : 'Latin'} | ${out.width}×${out.height} (${mpx} Mpx) | ${(out.bytes / 1024).toFixed(0)} KiB | ${runs} | ${at(0.5)} | ${at(0.95)} | ${times[0]!.toFixed(0)} |`,
    );
  }
}
await rasterizer.close();
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load average ${os.loadavg()[0]?.toFixed(1)}`);
console.log('| layout | components | edges | labels | PNG px | PNG size | runs | median ms | p95 ms | min ms |');
console.log('|---|---:|---:|---|---|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
