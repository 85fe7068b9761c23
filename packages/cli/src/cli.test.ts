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

/** Runs the real binary in an English locale unless `locale` names another. */
function scaleboard(...args: string[]) {
  return scaleboardIn({ LANG: 'C.UTF-8' }, ...args);
}

function scaleboardIn(locale: Record<string, string>, ...args: string[]) {
  const env = { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', ...locale };
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
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
    expect(Object.keys(report)).toEqual(['findings', 'estimate', 'load', 'latency', 'cost']);
    expect(report.estimate.dailyActiveUsers).toBe(500_000);
    expect(Object.keys(report.load).sort()).toEqual(['lb', 'users', 'web1', 'web2']);
    expect(report.load.web1).toEqual({ qps: expect.any(Number), utilization: expect.any(Number) });
  });

  it('prints the latency of the request paths and the monthly cost in the JSON (issue 19)', () => {
    const { stdout } = scaleboard('check', file('ok-latency.json', healthy), '--format', 'json');
    const { latency, cost } = JSON.parse(stdout);
    // users 0 ms, balancer 0.5 ms (a datacentre round trip), web server 1.5 ms (round trip + handling).
    expect(latency.paths).toEqual([{ nodes: ['users', 'lb', 'web1'], ms: 2 }, { nodes: ['users', 'lb', 'web2'], ms: 2 }]);
    expect(latency.slowestMs).toBe(2);
    // Two balancer instances at $16.43 and two web servers at $280.32 a month.
    expect(cost).toEqual({
      monthly: 593.5, currency: 'USD', perNode: { users: 0, lb: 32.86, web1: 280.32, web2: 280.32 }, perMillionRequests: expect.any(Number),
    });
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
    expect(stdout).toMatch(/Latency \(slowest paths\)\n {2}[\d.]+ ms +"users" → "web" → "db"/);
    expect(stdout).toMatch(/Cost per month\n {2}\$[\d,.]+/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('exits 2 naming the file and the bad path for an invalid board, printing nothing on stdout', () => {
    const bad = file('bad.json', { format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 'left', y: 0 }] });
    const { code, stdout, stderr } = scaleboard('check', bad, '--format', 'json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(bad);
    expect(stderr).toContain('not a board file: Component 1 ("C"), field "x": should be a number, not text (at nodes[0].x:');
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

describe('scaleboard simulate', { timeout: 30_000 }, () => {
  it('plays a drill on a board file: JSON with the scenario and what failed, exit codes as for check', () => {
    const path = file('drill.json', healthy);
    const down = scaleboard('simulate', path, '--fail', 'lb', '--format', 'json');
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout)).toMatchObject({ scenario: { fail: ['lb'] }, failed: ['lb'], findings: [{ rule: 'scenario-outage', nodes: ['users', 'lb'] }] });
    const spike = scaleboard('simulate', path, '--traffic', '2', '--format', 'json');
    expect(spike.code).toBe(0);
    expect(JSON.parse(spike.stdout).load.web1.qps).toBeCloseTo(JSON.parse(scaleboard('check', path, '--format', 'json').stdout).load.web1.qps * 2, 6);
    const bad = scaleboard('simulate', path, '--traffic', '1e9');
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'scaleboard: traffic: the factor is a number above 0 and at most 1000, not 1000000000.\n' });
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
    expect(stderr).toContain('bad-a.json: the assumptions are not valid: The assumption "peakFactor": should be a number, not text (at peakFactor:');
  });
});

// The promise: `npx scaleboard check board.json --lang ko` speaks Korean and names components by label.
describe('scaleboard in Korean', { timeout: 30_000 }, () => {
  const lbId = 'load-balancer-9x205q20';
  const board = sketch('LB 하나', [['users', 'client'], [lbId, 'load-balancer'], ['w1', 'web-server', { instances: 2 }], ['c1', 'cache', { instances: 2 }]], [['users', lbId], [lbId, 'w1'], ['w1', 'c1']]);
  board.nodes[1]!.label = 'LB';
  const boardFile = file('ko.json', board);

  it('--lang ko: findings, fixes and the text report in Korean, naming components by label', () => {
    const json = scaleboardIn({ LANG: 'C.UTF-8' }, 'check', boardFile, '--lang', 'ko', '--format', 'json');
    expect(json.code).toBe(0);
    const { findings } = JSON.parse(json.stdout) as { findings: Array<{ rule: string; nodes: string[]; message: string; fix: string }> };
    const spof = findings.find((f) => f.rule === 'single-point-of-failure');
    expect(spof).toEqual({
      rule: 'single-point-of-failure', severity: 'warning', nodes: [lbId],
      message: '"LB": 단일 장애 지점입니다. 인스턴스가 하나뿐이라 죽으면 이를 거치는 모든 요청이 실패합니다.',
      fix: '"LB"의 인스턴스 수를 2개 이상으로 늘리거나, 같은 호출자 뒤에 형제 컴포넌트를 추가하세요.',
    });
    expect(findings.find((f) => f.rule === 'cache-without-expiry')?.fix).toBe('"c1"의 TTL을 설정하고(예: 300초) LRU 같은 제거 정책을 유지하세요.');
    for (const f of findings) expect(`${f.message} ${f.fix}`).not.toContain(lbId);

    const text = scaleboardIn({ LANG: 'C.UTF-8' }, 'check', boardFile, '--lang', 'ko');
    expect(text.stdout).toContain('경고');
    expect(text.stdout).toContain('["LB"]');
    expect(text.stdout).toContain('해결 방법: "LB"의 인스턴스 수를');
    expect(text.stdout).toContain('개략적인 규모 추정');
    expect(text.stdout).not.toContain(lbId);
  });

  it('follows LANG (then LC_ALL over it) when --lang is absent, and --lang over both', () => {
    expect(scaleboardIn({ LANG: 'ko_KR.UTF-8' }, 'check', boardFile).stdout).toContain('단일 장애 지점');
    expect(scaleboardIn({ LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' }, 'check', boardFile).stdout).toContain('단일 장애 지점');
    expect(scaleboardIn({ LANG: 'ko_KR.UTF-8' }, 'check', boardFile, '--lang', 'en').stdout).toContain('is a single point of failure');
    expect(scaleboardIn({ LANG: 'fr_FR.UTF-8' }, 'check', boardFile).stdout).toContain('is a single point of failure');
  });

  it('refuses a bad --lang with exit 2, and says file errors in Korean', () => {
    const bad = scaleboardIn({ LANG: 'C.UTF-8' }, 'check', boardFile, '--lang', 'jp');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('--lang must be one of en, ko, not "jp"');
    const broken = file('ko-bad.json', { format: 'scaleboard/v1', nodes: [{ id: 'a', kind: 'cache', label: 'C', x: 'left', y: 0 }] });
    const refused = scaleboardIn({ LANG: 'ko_KR.UTF-8' }, 'check', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('보드 파일이 아닙니다: 1번째 컴포넌트("C")의 "x" 항목: 숫자여야 합니다 (지금은 텍스트) (위치 nodes[0].x:');
  });
});
