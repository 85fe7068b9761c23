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

describe('run simulate', () => {
  const chapterOne = sketch('Chapter 1', [
    ['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server', { instances: 2 }], ['db', 'database'],
  ], [['users', 'lb'], ['lb', 'web'], ['web', 'db']], { monthlyActiveUsers: 1_000_000 });
  const board = file('drill.json', JSON.stringify(chapterOne));

  it('prints the report under the drill with the scenario and what failed, exit 1 when users get errors', async () => {
    const { code, stdout, stderr } = await scaleboard(['simulate', board, '--fail', 'db', '--traffic', '3', '--format', 'json']);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['findings', 'estimate', 'load', 'availability', 'scenario', 'failed']));
    expect(result.scenario).toEqual({ fail: ['db'], traffic: 3 });
    expect(result.failed).toEqual(['lb', 'web', 'db']);
    expect(result.findings[0]).toEqual({
      rule: 'scenario-outage', severity: 'error', nodes: ['users', 'lb', 'web', 'db'],
      message: '"db" down → "web" fails → "lb" fails → "users" get errors.', fix: expect.stringContaining('"db"'),
    });
    const check = JSON.parse((await scaleboard(['check', board, '--format', 'json'])).stdout);
    expect(result.estimate.peakQps).toBeCloseTo(check.estimate.peakQps * 3, 6);
  });

  it('exit 0 when the drill leaves the service up; the text names the scenario and what cannot serve', async () => {
    const { code, stdout } = await scaleboard(['simulate', board, '--fail', 'web#1', '--hit-ratio', 'none=0', '--fail', 'lb#2']);
    // "none" is not on the board: a bad id exits 2 before anything is printed.
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const up = await scaleboard(['simulate', board, '--fail', 'web#1,lb#2']);
    expect(up.code).toBe(0);
    expect(up.stdout).toContain('Scenario  fail web#1, lb#2\nCannot serve  nothing: every component still serves\n');
    expect(up.stdout).toContain('scenario-instances-down');
    expect(up.stdout).toContain('1 of 2 instances of "web" down → 1 left to carry its load.');
  });

  it('exits 2 naming a bad id, factor or ratio, in the language asked for', async () => {
    const cases: [string[], string][] = [
      [['--fail', 'nope'], 'fail: the board has no component or group "nope".'],
      [['--fail', 'web#3'], 'fail: "web" has 2 instance(s), so there is no instance 3.'],
      [['--fail', 'users'], 'fail: "users" is a client or a note; only components and groups can fail.'],
      [['--traffic', '0'], 'traffic: the factor is a number above 0 and at most 1000, not 0.'],
      [['--traffic', 'x3'], 'traffic: the factor is a number above 0 and at most 1000, not "x3".'],
      [['--hit-ratio', 'db=0.5'], 'hit ratio: "db" is not a cache or a CDN.'],
      [['--hit-ratio', 'db'], 'hit ratio: write ID=R (a ratio from 0 to 1), not "db".'],
    ];
    for (const [flags, message] of cases) {
      expect(await scaleboard(['simulate', board, ...flags])).toEqual({ code: 2, stdout: '', stderr: `scaleboard: ${message}\n` });
    }
    expect((await scaleboard(['simulate', board, '--fail', 'nope', '--lang', 'ko'])).stderr).toBe('scaleboard: fail: 보드에 "nope" 컴포넌트나 그룹이 없습니다.\n');
  });

  it('refuses the drill\'s options on check and estimate', async () => {
    const { code, stderr } = await scaleboard(['check', board, '--fail', 'db']);
    expect(code).toBe(2);
    expect(stderr).toBe(`scaleboard: --fail is for simulate, not check\n\n${USAGE}`);
    expect((await scaleboard(['estimate', board, '--traffic', '2'])).stderr).toContain('--traffic is for simulate, not estimate');
  });
});
