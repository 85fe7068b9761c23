// Runs a bench the way the product runs the rules: bundled into one module (the server ships
// dist/index.mjs built by esbuild, the web a Vite bundle), not module by module through tsx.
// tsx compiles each file to CommonJS, where every call into another module reads a getter on that
// module's exports object; in the rules' hot loops (targets, sources, say…) that doubled the CPU
// time of `report` on 1,000 components (16.5 against 8.1 ms/run in one alternating run), so a
// figure taken through tsx measures the loader, not the rules.
//
// Usage: node bench/runBundled.mjs bench/analyze.bench.ts [bench arguments…]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/runBundled.mjs BENCH.ts [arguments…]');
  process.exit(2);
}
const dir = mkdtempSync(path.join(tmpdir(), 'rules-bench-'));
try {
  const outfile = path.join(dir, 'bench.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const run = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
