// Cold-load apply cost of a board that took 10,000 moves, its snapshot in Yjs v1 against v2
// (docs/BENCHMARKS.md, Sync: "Snapshots in Yjs v2"). Ten clients, each moving its own node 1,000
// times (x and y), as the sync benchmark's cold-load board; then sizes and CPU per run.
//
//   npx tsx bench/snapshotApply.bench.ts        # RUNS=30
import * as Y from 'yjs';
import { addNode, moveNodes } from '@scaleboard/board';
import { cpuMs } from './measure';

const RUNS = Number(process.env.RUNS ?? 30);
const board = new Y.Doc();
const writers = Array.from({ length: 10 }, (_, w) => {
  const doc = new Y.Doc();
  addNode(doc, { id: `bench-${w}`, kind: 'web-server', label: `Client ${w}`, x: 0, y: 0, props: {} });
  Y.applyUpdate(board, Y.encodeStateAsUpdate(doc));
  return doc;
});
for (let n = 0; n < 1000; n++) {
  writers.forEach((doc, w) => {
    const before = Y.encodeStateVector(doc);
    moveNodes(doc, [{ id: `bench-${w}`, x: Date.now() + Math.random(), y: n }]);
    Y.applyUpdate(board, Y.encodeStateAsUpdate(doc, before));
  });
}
const v1 = Y.encodeStateAsUpdate(board);
const v2 = Y.encodeStateAsUpdateV2(board);
console.log(`snapshot: v1 ${v1.byteLength} B, v2 ${v2.byteLength} B`);

function time(name: string, run: () => void): void {
  for (let i = 0; i < 5; i++) run();
  const wall: number[] = [];
  const cpu = cpuMs();
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    wall.push(performance.now() - started);
  }
  wall.sort((a, b) => a - b);
  console.log(`${name.padEnd(28)} median ${wall[RUNS >> 1]!.toFixed(2)} ms, min ${wall[0]!.toFixed(2)} ms, CPU ${((cpuMs() - cpu) / RUNS).toFixed(2)} ms/run`);
}
// Alternating, twice: the machine's load moves between them less than between two runs.
for (let round = 0; round < 2; round++) {
  time('apply v1 (Y.applyUpdate)', () => Y.applyUpdate(new Y.Doc(), v1));
  time('apply v2 (Y.applyUpdateV2)', () => Y.applyUpdateV2(new Y.Doc(), v2));
  time('encode v1', () => Y.encodeStateAsUpdate(board));
  time('encode v2', () => Y.encodeStateAsUpdateV2(board));
  time('convert v2 to v1', () => Y.convertUpdateFormatV2ToV1(v2));
}
