import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BOARD_FILE_BYTES, sketch, tooDeep } from '@scaleboard/rules';
import { run, USAGE } from './run';

const dir = mkdtempSync(join(tmpdir(), 'scaleboard-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const exposed = file('exposed.json', JSON.stringify(sketch('DB reached from clients', [['users', 'client'], ['db', 'database']], [['users', 'db']])));

/** Runs the CLI in this process and keeps what it wrote. */
async function scaleboard(argv: string[], colour = false) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colour });
  return { code, stdout, stderr };
}

describe('run', () => {
  it('refuses an unknown option, a bad or missing --format, and a stray argument with exit 2 and the usage', async () => {
    const cases: [string[], string][] = [
      [['check', exposed, '--verbose'], "Unknown option '--verbose'"],
      [['check', '-f', exposed], "Unknown option '-f'"],
      [['check', exposed, '--format', 'yaml'], '--format must be json or text, not "yaml"'],
      [['check', exposed, '--format='], '--format must be json or text, not ""'],
      [['check', exposed, '--format'], "Option '--format <value>' argument missing"],
      [['check', exposed, 'other.json'], 'unexpected argument other.json'],
      [['lint', exposed], 'unknown command lint'],
      [['estimate'], 'estimate needs a file'],
      [[], 'missing command'],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await scaleboard(argv);
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(stderr).toBe(`scaleboard: ${message}\n\n${USAGE}`);
    }
  });

  it('takes --format=json and --format json alike, and prints the usage for --help', async () => {
    const spaced = await scaleboard(['check', exposed, '--format', 'json']);
    expect(await scaleboard(['check', `--format=json`, exposed])).toEqual(spaced);
    expect(JSON.parse(spaced.stdout)).toHaveProperty('findings');
    expect(await scaleboard(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:'), stderr: '' });
    expect(await scaleboard(['check', '-h'])).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:') });
  });

  it('exits 2 for JSON nested deeper than MAX_JSON_DEPTH, even where the board keeps unknown fields', async () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const board = file('deep-board.json', `{"format": "scaleboard/v1", "title": "t", "kept": ${deep}, "nodes": [], "edges": []}`);
    for (const [command, path] of [['check', board], ['estimate', board], ['estimate', file('deep.json', deep)]] as const) {
      const { code, stdout, stderr } = await scaleboard([command, path]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`scaleboard: ${path}: ${tooDeep()}\n`);
    }
  });

  it('exits 2 for a file over MAX_BOARD_FILE_BYTES, reading no further than the limit', async () => {
    const large = file('large.json', `{"format": "scaleboard/v1", "title": "t", "kept": "${'x'.repeat(MAX_BOARD_FILE_BYTES)}", "nodes": [], "edges": []}`);
    // /dev/zero never ends: a reader that reads the whole file before measuring it never returns.
    for (const path of [large, '/dev/zero']) {
      const { code, stdout, stderr } = await scaleboard(['check', path]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`scaleboard: ${path}: larger than the ${MAX_BOARD_FILE_BYTES} bytes a board file may have (MAX_BOARD_FILE_BYTES)\n`);
    }
  });

  it('colours text only when told to (a terminal without NO_COLOR), and never JSON', async () => {
    const coloured = await scaleboard(['check', exposed], true);
    expect(coloured.stdout).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured.stdout).toContain('\u001b[1mpublic-exposure\u001b[22m');
    expect((await scaleboard(['check', exposed], false)).stdout).not.toContain('\u001b[');
    expect((await scaleboard(['check', exposed, '--format', 'json'], true)).stdout).not.toContain('\u001b[');
  });
});
