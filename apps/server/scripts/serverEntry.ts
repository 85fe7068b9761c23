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
 * V8 flags every server process runs with — `npm start` (apps/server/package.json) and the Docker
 * image's CMD repeat them, and test/startCommand.test.ts keeps the three equal. They hold a resting
 * embedded instance under 200 MB (docs/BENCHMARKS.md, "2026-12-04, 12:10 UTC"):
 * - `--liftoff-only`: the embedded database's WebAssembly stays on V8's baseline compiler. Tiering
 *   PostgreSQL's large functions up to TurboFan kept ~60 MB more resident for good, and the CPU per
 *   edit measured no higher without it.
 * - `--max-semi-space-size=4` (MB): the young generation's default 16 MB semi-spaces stay resident
 *   at rest once a load has grown them; 4 MB took ~20 MB off for a few scavenges more.
 */
export const NODE_FLAGS: readonly string[] = ['--liftoff-only', '--max-semi-space-size=4'];

/** Node's arguments for the entry, relative to the server's folder (the process's cwd). */
export function serverArgs(entry: ServerEntry): string[] {
  return [...NODE_FLAGS, ...(entry === 'compiled' ? ['dist/index.mjs'] : ['--import', 'tsx', 'src/index.ts'])];
}

/** Compiles the server into dist/ (scripts/build.mjs, well under a second), for a `compiled` entry. */
export function buildServer(dir = serverDir): void {
  execFileSync(process.execPath, [path.join(dir, 'scripts/build.mjs')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}
