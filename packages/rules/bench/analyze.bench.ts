// Benchmark (not a test): analyze + estimate + propagate + latency + cost on generated boards. `npm run bench -w @scaleboard/rules`
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { costOfGraph } from '../src/cost/cost';
import { estimate } from '../src/estimate/estimate';
import { buildGraph } from '../src/graph/boardGraph';
import { latencyOfGraph } from '../src/latency/latency';
import { propagateGraph } from '../src/load/propagate';
import { report } from '../src/report';
import { generateBoard } from './generateBoard';

const SIZES = [100, 1_000, 10_000];

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
console.log('');
console.log('| components | latency CPU ms/run | latency min ms | cost CPU ms/run | cost min ms |');
console.log('|---:|---:|---:|---:|---:|');
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
