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
 *   garbage collections that hand pages back to the system. The next board opened then touches
 *   them afresh, a page fault each: a 10,000-move board that loaded in 12–28 ms took 100–160 ms in
 *   two of six loads after 15 s idle (6,000–9,000 faults at ~12 µs on this class of machine),
 *   and a small team's server is idle most of the time, so that is its usual cold load. The price:
 *   after a burst the process keeps its peak (212 MB here after 10,000 edits, where the reducer
 *   took it to 153 MB a minute later); at rest after start it is unchanged (docs/BENCHMARKS.md,
 *   2026-12-06 08:15 UTC).
 */
export const NODE_FLAGS: readonly string[] = ['--liftoff-only', '--max-semi-space-size=16', '--v8-pool-size=2', '--no-memory-reducer'];

export function serverArgs(entry: ServerEntry): string[] {
  return [...NODE_FLAGS, ...(entry === 'compiled' ? ['dist/index.mjs'] : ['--import', 'tsx', 'src/index.ts'])];
}

/** Compiles the server into dist/ (scripts/build.mjs, well under a second), for a `compiled` entry. */
export function buildServer(dir = serverDir): void {
  execFileSync(process.execPath, [path.join(dir, 'scripts/build.mjs')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}
