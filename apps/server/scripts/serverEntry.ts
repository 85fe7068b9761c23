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

/** Node's arguments for the entry, relative to the server's folder (the process's cwd). */
export function serverArgs(entry: ServerEntry): string[] {
  return entry === 'compiled' ? ['dist/index.mjs'] : ['--import', 'tsx', 'src/index.ts'];
}

/** Compiles the server into dist/ (scripts/build.mjs, well under a second), for a `compiled` entry. */
export function buildServer(dir = serverDir): void {
  execFileSync(process.execPath, [path.join(dir, 'scripts/build.mjs')], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
}
