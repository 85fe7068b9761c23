import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const probe = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'servers/memoryProbe.mjs')).href;
const dir = mkdtempSync(path.join(tmpdir(), 'sync-bench-memory-'));

/**
 * Makes every Node process started from here on (servers under test, cluster instances) load the
 * memory probe. Call before starting any server.
 */
export function enableMemoryProbe(): void {
  process.env.MEMORY_PROBE_DIR = dir;
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --expose-gc --import=${probe}`.trim();
}

/** Live memory (heap used + external, after a full GC) of the processes, in bytes. */
export async function liveBytes(pids: readonly number[]): Promise<number> {
  const files = pids.map((pid) => path.join(dir, `${pid}.json`));
  for (const file of files) rmSync(file, { force: true });
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  let total = 0;
  for (const file of files) {
    for (let attempt = 0; !existsSync(file); attempt++) {
      if (attempt > 200) throw new Error(`no memory report in ${file}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const usage = JSON.parse(readFileSync(file, 'utf8')) as NodeJS.MemoryUsage;
    total += usage.heapUsed + usage.external;
  }
  return total;
}

export function removeMemoryProbeDir(): void {
  rmSync(dir, { recursive: true, force: true });
}
