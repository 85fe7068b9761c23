// Server PNG export of a 500-component board at 2×: what GET /api/boards/:id/export.png does after
// reading the document — render the SVG, rasterise it with resvg, embed the board. Run with
// `npm run bench:export -w @scaleboard/server`; figures in docs/BENCHMARKS.md.
import os from 'node:os';
import { embedPngText, PNG_BOARD_KEYWORD, readSvgBoard, renderBoard } from '@scaleboard/board';
import { sketch, type Board, type SketchEdge, type SketchNode } from '@scaleboard/rules';
import { findExportFonts } from '../src/export/exportFonts';
import { rasterize } from '../src/export/rasterize';

/** Fifty cells of ten components (the chapter-1 architecture) in the sketch grid, labels Latin or Korean. */
function generateBoard(components: number, korean: boolean): Board {
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
  return sketch(`Generated ${components}`, nodes, edges);
}

async function exportPng(board: Board, scale: number): Promise<{ bytes: number; width: number; height: number }> {
  const rendered = renderBoard(board);
  const png = embedPngText(await rasterize(rendered.svg, scale, fonts), PNG_BOARD_KEYWORD, readSvgBoard(rendered.svg) ?? '');
  return { bytes: png.length, width: rendered.width * scale, height: rendered.height * scale };
}

const fonts = findExportFonts();
const runs = Number(process.env.RUNS ?? 15);
const rows: string[] = [];
for (const korean of [false, true]) {
  const board = generateBoard(500, korean);
  // Korean labels take tens of seconds a picture (docs/BENCHMARKS.md), so they get fewer runs.
  const n = korean ? Math.min(runs, 3) : runs;
  for (let i = 0; i < (korean ? 1 : 3); i++) await exportPng(board, 2); // warm-up
  const times: number[] = [];
  let out = { bytes: 0, width: 0, height: 0 };
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    out = await exportPng(board, 2);
    times.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
  const cpuMs = ((used.user + used.system) / 1000 / n).toFixed(0);
  rows.push(
    `| ${board.nodes.length} | ${board.edges.length} | ${korean ? 'Korean' : 'Latin'} | ${out.width}×${out.height} | ${(out.bytes / 1024).toFixed(0)} KiB | ${n} | ${at(0.5)} | ${at(0.95)} | ${times[0]!.toFixed(0)} | ${cpuMs} |`,
  );
}
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load average ${os.loadavg()[0]?.toFixed(1)}`);
console.log('| components | edges | labels | PNG px | PNG size | runs | median ms | p95 ms | min ms | CPU ms/run |');
console.log('|---:|---:|---|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
