// Benchmark (not a test): reading a Mermaid flowchart into a laid-out board (parse, dagre layout,
// schema check), as `POST /api/boards` and `scaleboard convert` do. `npm run bench -w @scaleboard/board`
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { groupedFlowchart as flowchart } from '../src/design/groupedFlowchart';
import { readDesign } from '../src/design/readDesign';


console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, load average ${loadavg()[0]?.toFixed(1)}`);
console.log('| components (+ a group per ten) | links | runs | median ms | CPU ms/run |');
console.log('|---:|---:|---:|---:|---:|');
for (const n of [50, 100, 1_000, 4_000]) {
  const text = flowchart(n);
  const runs = n >= 1_000 ? 5 : 15;
  readDesign(text);
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = readDesign(text);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error('the generated flowchart was refused');
  }
  const cpu = process.cpuUsage(cpuStart);
  times.sort((a, b) => a - b);
  console.log(`| ${n} | ${n} | ${runs} | ${times[Math.floor(runs / 2)]!.toFixed(0)} | ${((cpu.user + cpu.system) / 1000 / runs).toFixed(0)} |`);
}
