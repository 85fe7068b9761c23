import { readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from './openDatabase';
import { createTempDataDir } from './testing';

// Alone in its file, so the process has opened no PGlite before: a fresh data folder's
// initdb ran in this process's memory and left about 250 MB resident (docs/BENCHMARKS.md, "Sync").

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Anonymous resident memory of this process (heap, WebAssembly memory, malloc arenas), in MB. */
function residentAnonMB(): number {
  const match = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (!match) throw new Error('no RssAnon in /proc/self/status');
  return Number(match[1]) / 1024;
}

it.runIf(process.platform === 'linux')('opens a fresh data folder holding no more memory than a restarted one: initdb runs in a process of its own', async () => {
  const dir = await createTempDataDir();
  cleanups.push(dir.remove);
  const before = residentAnonMB();
  const db = await openDatabase({ dataDir: dir.path });
  cleanups.push(db.close);
  await db.prisma.board.count();
  // A restarted folder's open costs about 130 MB here; initdb in this process made it 350–400.
  expect(residentAnonMB() - before).toBeLessThan(250);
});
