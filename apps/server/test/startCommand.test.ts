import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NODE_FLAGS } from '../scripts/serverEntry';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(serverDir, '../..');

// The server's V8 flags are written in three places a process starts from; they must agree, or the
// tests and the benchmarks measure a server nobody runs.
describe('the start commands', () => {
  it('`npm start` runs the compiled server with serverEntry.ts NODE_FLAGS', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(`node scripts/build.mjs && node ${NODE_FLAGS.join(' ')} dist/index.mjs`);
  });

  it("the Docker image's CMD runs it with the same flags", () => {
    const cmd = /^CMD (.+)$/m.exec(readFileSync(path.join(root, 'Dockerfile'), 'utf8'))?.[1];
    expect(cmd && JSON.parse(cmd)).toEqual(['node', ...NODE_FLAGS, 'apps/server/dist/index.mjs']);
  });
});
