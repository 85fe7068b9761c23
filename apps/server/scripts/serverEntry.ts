import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * How a process runs the server: `source` is src/index.ts through tsx (`npm run dev`, most tests),
 * `compiled` is dist/index.mjs from `npm run build -w @scaleboard/server`, as `npm start` and the
 * Docker image run it.
 */
export type ServerEntry = 'source' | 'compiled';

/**
 * V8 and Node flags every server process runs with — `npm start` (apps/server/package.json) and the
 * Docker image's CMD repeat them, and test/startCommand.test.ts keeps the three equal. They hold a
 * resting embedded instance under 200 MB and keep a cold load quick (docs/BENCHMARKS.md, "Sync",
 * 2026-12-04 12:10 and 16:00 UTC):
 * - `--liftoff-only`: the embedded database's WebAssembly stays on V8's baseline compiler. Tiering
 *   PostgreSQL's large functions up to TurboFan kept ~60 MB more resident for good, and the CPU per
 *   edit measured no higher without it.
 * - `--max-semi-space-size=16` (MB, V8's own default here, written down because it matters): a
 *   board's load creates every item of its document at once, all of it alive. In 4 MB semi-spaces
 *   the scavenges during that apply copied it again and again: applying a 10,000-move board took
 *   40–45 ms instead of 8–12, which alone missed the 50 ms cold load.
 * - `--v8-pool-size=2`: two V8 helper threads, not four (this is a two-core class of machine). Each
 *   kept a malloc arena of its own; with two, and the embedded database's 4 MB of shared buffers
 *   (prisma/src/openDatabase.ts), resting RSS pays for the larger young generation again.
 * - `--no-memory-reducer`: V8's memory reducer, once a process has allocated little for 8 s, runs
 *   garbage collections that hand pages back to the system, which the server then faults back in
 *   (~12 µs a page on this class of machine) when edits resume: at 10 × 20 after sitting idle
 *   between runs it read 399 µs CPU per edit without it and 524 with it (medians of five), and
 *   reloading one 10,000-move board every 15 s took 100–160 ms in a third of the loads with it,
 *   12–44 ms without. The price: after a burst the process keeps its peak (170–220 MB while
 *   serving here, 160–169 with the reducer); the resting RSS after start is unchanged
 *   (docs/BENCHMARKS.md, 2026-12-06 08:12 UTC).
 */
export const NODE_FLAGS: readonly string[] = ['--liftoff-only', '--max-semi-space-size=16', '--v8-pool-size=2', '--no-memory-reducer'];

/** Node's arguments for a server process; `nodeArgs` come after NODE_FLAGS, so a flag there overrides one of them. */
export function serverArgs(entry: ServerEntry, nodeArgs: readonly string[] = []): string[] {
  return [...NODE_FLAGS, ...nodeArgs, ...(entry === 'compiled' ? ['dist/index.mjs'] : ['--import', 'tsx', 'src/index.ts'])];
}

/** Compiles the server into dist/ (scripts/build.mjs, well under a second), for a `compiled` entry. */
export function buildServer(dir = serverDir): void {
  execFileSync(process.execPath, [path.join(dir, 'scripts/build.mjs')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}
