import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDataDir } from '@scaleboard/db/testing';
import { eventually } from './eventually';

// A closed, migrated database: the first open of an empty folder is not what this file tests.
const folder = await createTempDataDir({ migrated: true });
const dataDir = folder.path;
afterAll(() => folder.remove());

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A test that times out while its server starts never reaches `stop()`: the server must still end
// with the test process instead of holding its port and data folder for the rest of the run.
describe('startServerProcess', () => {
  it('ends a server its caller never stopped when the calling process exits', async () => {
    const script = `
      import { startServerProcess } from './serverProcess.ts';
      const server = await startServerProcess({ DATA_DIR: ${JSON.stringify(dataDir)} });
      console.log(server.child.pid);
      process.exit(0);
    `;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: path.dirname(fileURLToPath(import.meta.url)),
      encoding: 'utf8',
    });
    const pid = Number(output.trim().split('\n').at(-1));
    expect(pid).toBeGreaterThan(0);
    await eventually(() => expect(isRunning(pid)).toBe(false), { timeoutMs: 10_000 });
  }, 60_000);
});
