// Benchmark (not a test): analyze + estimate + propagate + latency + cost on generated boards, then one
// edit on the 10,000-component board through LiveAnalysis. `npm run bench -w @scaleboard/rules [-- --live-only]`
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { costOfGraph } from '../src/cost/cost';
import { estimate } from '../src/estimate/estimate';
import { buildGraph } from '../src/graph/boardGraph';
import { latencyOfGraph } from '../src/latency/latency';
import { propagateGraph } from '../src/load/propagate';
import { report } from '../src/report';
import { LiveAnalysis } from '../src/incremental/LiveAnalysis';
import { generateBoard } from './generateBoard';
import { seededRandom } from '../src/random/seededRandom';
import { BENCH_EDITS, STRUCTURAL_EDITS, editBoard } from './liveEdit';

const SIZES = process.argv.includes('--live-only') ? [] : [100, 1_000, 10_000];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

const fmt = (ms: number) => ms.toFixed(2);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg()[0]?.toFixed(1)}`);
console.log('| components | edges | runs | median ms | p95 ms | min ms | CPU ms/run | findings |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const board = generateBoard(size);
  const runs = size >= 10_000 ? 30 : 300;
  // Warm the JIT so the figures describe steady state, as on a board being edited.
  for (let i = 0; i < 20; i++) report(board);
  const times: number[] = [];
  let findings = 0;
  // CPU time as well as wall time: on a shared machine other processes inflate the wall clock.
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    findings = report(board).findings.length;
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  console.log(`| ${board.nodes.length} | ${board.edges.length} | ${runs} | ${fmt(percentile(times, 0.5))} | ${fmt(percentile(times, 0.95))} | ${fmt(times[0] ?? NaN)} | ${fmt(cpuMs)} | ${findings} |`);
}

// The share of issue 19's additions in the figures above: latency of the request paths and the
// monthly cost, each timed alone on an indexed board (report computes both once per run).
if (SIZES.length > 0) {
  console.log('');
  console.log('| components | latency CPU ms/run | latency min ms | cost CPU ms/run | cost min ms |');
  console.log('|---:|---:|---:|---:|---:|');
}
for (const size of SIZES) {
  const board = generateBoard(size);
  const graph = buildGraph(board);
  const est = estimate(board.assumptions);
  const load = propagateGraph(graph, est);
  const runs = size >= 10_000 ? 30 : 300;
  const timed = (work: () => unknown) => {
    for (let i = 0; i < 20; i++) work();
    const times: number[] = [];
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      work();
      times.push(performance.now() - start);
    }
    const cpu = process.cpuUsage(cpuStart);
    return { cpuMs: (cpu.user + cpu.system) / 1000 / runs, minMs: Math.min(...times) };
  };
  const l = timed(() => latencyOfGraph(graph));
  const c = timed(() => costOfGraph(graph, est, load));
  console.log(`| ${board.nodes.length} | ${fmt(l.cpuMs)} | ${fmt(l.minMs)} | ${fmt(c.cpuMs)} | ${fmt(c.minMs)} |`);
}

// One edit on the 10,000-component board: LiveAnalysis.update against report() of the same board,
// alternating in one run so both see the same machine load.
const EDITS_PER_KIND = 40;
const big = generateBoard(10_000);
const random = seededRandom(18); // every run edits the same nodes
let board = big;
const live = new LiveAnalysis(board);
// Wall and CPU time per edit: on a shared machine the wall clock carries the neighbours' load.
const timesOf = new Map<string, { wall: number[]; cpu: number[] }>();
const record = (key: string, wall: number, cpu: number) => {
  const list = timesOf.get(key);
  if (list) {
    list.wall.push(wall);
    list.cpu.push(cpu);
  } else timesOf.set(key, { wall: [wall], cpu: [cpu] });
};
const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
for (let i = 0; i < 5; i++) report(board);
for (let round = 0; round < EDITS_PER_KIND; round++) {
  for (const kind of BENCH_EDITS) {
    board = editBoard(board, kind, random);
    let start = performance.now();
    let cpuStart = process.cpuUsage();
    live.update(board);
    const ms = performance.now() - start;
    const cpu = cpuMsSince(cpuStart);
    record(kind, ms, cpu);
    if (!STRUCTURAL_EDITS.has(kind)) record('all but structure', ms, cpu);
    record('all', ms, cpu);
    start = performance.now();
    cpuStart = process.cpuUsage();
    report(board);
    record('report() from scratch', performance.now() - start, cpuMsSince(cpuStart));
  }
}
console.log(`\nOne edit on a ${big.nodes.length}-component board (${EDITS_PER_KIND} of each kind, seeded), load average ${loadavg()[0]?.toFixed(1)}:`);
console.log('| edit | runs | median ms | p95 ms | max ms | median CPU ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const [key, { wall, cpu }] of timesOf) {
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(`| ${key} | ${wall.length} | ${fmt(percentile(wall, 0.5))} | ${fmt(percentile(wall, 0.95))} | ${fmt(wall[wall.length - 1] ?? NaN)} | ${fmt(percentile(cpu, 0.5))} |`);
}
