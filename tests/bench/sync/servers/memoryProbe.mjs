// Preloaded into every server under test (node --expose-gc --import): on SIGUSR2 the process
// collects garbage and writes process.memoryUsage() to MEMORY_PROBE_DIR/<pid>.json, so the
// benchmark can read live heap, not just RSS (which V8 and the allocator rarely give back).
import { renameSync, writeFileSync } from 'node:fs';

const dir = process.env.MEMORY_PROBE_DIR;
if (dir && typeof globalThis.gc === 'function') {
  process.on('SIGUSR2', () => {
    globalThis.gc();
    const file = `${dir}/${process.pid}.json`;
    writeFileSync(`${file}.tmp`, JSON.stringify(process.memoryUsage()));
    renameSync(`${file}.tmp`, file);
  });
}
