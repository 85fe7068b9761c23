// Benchmark (not a test): a what-if drill on generated boards. `npm run bench:simulate -w @scaleboard/rules`
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { report } from '../src/report';
import { simulate } from '../src/scenario/simulate';
import type { Scenario } from '../src/scenario/scenarioSchema';
import { generateBoard } from './generateBoard';

const SIZES = [100, 1_000, 10_000];
// A primary down (its replica is promoted), one instance of a web server lost, a cold cache and a
// traffic spike: every part of the drill has work to do.
const DRILL: Scenario = { fail: ['db-0', 'web1-1#1', 'cache-2'], traffic: 3, hitRatios: { 'cache-3': 0 } };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

function measure(run: () => unknown, runs: number): { median: number; p95: number; cpu: number } {
  for (let i = 0; i < 20; i++) run();
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p95: percentile(times, 0.95), cpu: (cpu.user + cpu.system) / 1000 / runs };
}

const fmt = (ms: number) => ms.toFixed(2);
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg()[0]?.toFixed(1)}`);
console.log('| components | runs | report median ms | report CPU ms/run | simulate median ms | simulate p95 ms | simulate CPU ms/run | failed | findings |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const size of SIZES) {
  const board = generateBoard(size);
  const runs = size >= 10_000 ? 30 : 300;
  const base = measure(() => report(board), runs);
  const drill = measure(() => simulate(board, DRILL), runs);
  const result = simulate(board, DRILL);
  console.log(`| ${board.nodes.length} | ${runs} | ${fmt(base.median)} | ${fmt(base.cpu)} | ${fmt(drill.median)} | ${fmt(drill.p95)} | ${fmt(drill.cpu)} | ${result.failed.length} | ${result.findings.length} |`);
}
