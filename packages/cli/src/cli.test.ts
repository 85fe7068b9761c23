import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { sketch } from '@scaleboard/rules';

const BIN = fileURLToPath(new URL('../bin/scaleboard.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'scaleboard-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function scaleboard(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const healthy = sketch('Two servers behind a balancer', [
  ['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web1', 'web-server'], ['web2', 'web-server'],
], [['users', 'lb'], ['lb', 'web1'], ['lb', 'web2']], { monthlyActiveUsers: 1_000_000 });
const exposed = sketch('DB reached from clients', [['users', 'client'], ['web', 'web-server', { instances: 2 }], ['db', 'database', { replicas: 1 }]], [['users', 'web'], ['users', 'db'], ['web', 'db']]);

// Each case starts a real node process; under a loaded CI machine that takes seconds.
describe('scaleboard check', { timeout: 30_000 }, () => {
  it('exits 0 and prints the report as JSON when no finding is an error', () => {
    const { code, stdout, stderr } = scaleboard('check', file('ok.json', healthy), '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['findings', 'estimate', 'load']);
    expect(report.estimate.dailyActiveUsers).toBe(500_000);
    expect(Object.keys(report.load).sort()).toEqual(['lb', 'users', 'web1', 'web2']);
    expect(report.load.web1).toEqual({ qps: expect.any(Number), utilization: expect.any(Number) });
  });

  it('exits 1 when a finding is an error, with findings in the contract shape', () => {
    const { code, stdout } = scaleboard('check', file('exposed.json', exposed), '--format=json');
    expect(code).toBe(1);
    const finding = JSON.parse(stdout).findings.find((f: { rule: string }) => f.rule === 'public-exposure');
    expect(finding).toEqual({ rule: 'public-exposure', severity: 'error', nodes: ['db', 'users'], message: expect.any(String), fix: expect.any(String) });
  });

  it('prints a readable text report by default', () => {
    const { code, stdout } = scaleboard('check', file('exposed-text.json', exposed));
    expect(code).toBe(1);
    expect(stdout).toContain('public-exposure');
    expect(stdout).toContain('Estimate');
    expect(stdout).toMatch(/Availability\n {2}[\d.]+ % \([\d.]+ nines/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 2 naming the file and the bad path for an invalid board, printing nothing on stdout', () => {
    const bad = file('bad.json', { format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 'left', y: 0 }] });
    const { code, stdout, stderr } = scaleboard('check', bad, '--format', 'json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(bad);
    expect(stderr).toContain('nodes[0].x');
  });

  it('exits 2 for unparsable JSON and for a missing file', () => {
    const broken = file('broken.json', '{"format": "scaleboard/v1", nodes: [');
    const unparsable = scaleboard('check', broken);
    expect(unparsable.code).toBe(2);
    expect(unparsable.stderr).toContain(`${broken}: not valid JSON`);
    const missing = scaleboard('check', join(dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot read the file (ENOENT)');
    expect(missing.stdout).toBe('');
  });

  it('exits 2 with the usage for a bad command line', () => {
    for (const args of [[], ['lint', 'x.json'], ['check'], ['check', 'x.json', '--format', 'yaml']]) {
      const { code, stderr, stdout } = scaleboard(...args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage:');
      expect(stdout).toBe('');
    }
  });
});

describe('scaleboard estimate', { timeout: 30_000 }, () => {
  it('prints the estimate with every contract field for bare assumptions', () => {
    const { code, stdout } = scaleboard('estimate', file('a.json', { monthlyActiveUsers: 300_000_000 }), '--format', 'json');
    expect(code).toBe(0);
    const e = JSON.parse(stdout);
    expect(e).toMatchObject({ dailyActiveUsers: 150_000_000, mediaStoragePerDayBytes: 30e12, mediaStorageTotalBytes: 54.75e15 });
    for (const key of ['writeQps', 'peakWriteQps', 'readQps', 'peakReadQps', 'storagePerDayBytes', 'storageTotalBytes']) expect(typeof e[key]).toBe('number');
  });

  it('reads the assumptions of a board file and rounds text like the note', () => {
    const { code, stdout } = scaleboard('estimate', file('board-a.json', sketch('t', [], [], { monthlyActiveUsers: 300_000_000 })));
    expect(code).toBe(0);
    expect(stdout).toContain('~3.5K (~7K)');
    expect(stdout).toContain('media ~55 PB');
  });

  it('exits 2 naming the bad assumption', () => {
    const { code, stderr, stdout } = scaleboard('estimate', file('bad-a.json', { peakFactor: 'high' }));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad-a.json: invalid assumptions at peakFactor');
  });
});
