import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run';

const dir = mkdtempSync(join(tmpdir(), 'scaleboard-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function scaleboard(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), colour: false });
  return { code, stdout, stderr };
}

const mermaid = file('design.mmd', 'flowchart LR\n  user[Users] --> lb[nginx]\n  lb --> web[Web] --> cache[(Redis)]\n');
const text = file('design.txt', 'title "Shop"\nlb: load-balancer "LB" {instances: 2}\nweb: web-server\nlb -> web "HTTP"\n');

describe('scaleboard convert', () => {
  it('converts Mermaid to the text format, inferring kinds from labels and shapes', async () => {
    const { code, stdout, stderr } = await scaleboard(['convert', mermaid, '--to', 'text']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('title "Untitled board"\n\nuser: client "Users"\nlb: load-balancer "nginx"\nweb: web-server "Web"\ncache: cache "Redis"\n\nuser -> lb\nlb -> web\nweb -> cache\n');
  });

  it('converts the text format to Mermaid and to a board file that check reads', async () => {
    const toMermaid = await scaleboard(['convert', text, '--to', 'mermaid']);
    expect(toMermaid.code).toBe(0);
    expect(toMermaid.stdout).toContain('  lb["LB"]:::load-balancer\n');
    expect(toMermaid.stdout).toContain('  lb -->|"HTTP"| web\n');
    const json = await scaleboard(['convert', text, '--to', 'json', '--from', 'text']);
    const board = JSON.parse(json.stdout) as { title: string; nodes: Array<{ props: unknown }> };
    expect(board.title).toBe('Shop');
    expect(board.nodes[0]?.props).toEqual({ instances: 2 });
    const checked = await scaleboard(['check', file('converted.json', json.stdout), '--format', 'json']);
    expect(checked.stderr).toBe('');
  });

  it('check reads Mermaid and the text format as well as JSON', async () => {
    const fromMermaid = await scaleboard(['check', mermaid, '--format', 'json']);
    const fromText = await scaleboard(['check', text, '--format', 'json']);
    for (const outcome of [fromMermaid, fromText]) {
      expect(outcome.stderr).toBe('');
      expect(JSON.parse(outcome.stdout)).toHaveProperty('findings');
    }
    // nginx is a single load balancer: a single point of failure, an error finding.
    expect((JSON.parse(fromMermaid.stdout) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule)).toContain('single-point-of-failure');
  });

  it('exits 2 with the file, line and column of the first error, in the chosen language', async () => {
    const bad = file('bad.txt', 'lb: load-balancer\nlb -> web\n');
    const en = await scaleboard(['convert', bad, '--to', 'json']);
    expect(en).toEqual({ code: 2, stdout: '', stderr: `scaleboard: ${bad}: line 2, column 4: nothing declares "web"\n` });
    const ko = await scaleboard(['check', bad, '--lang', 'ko']);
    expect(ko).toEqual({ code: 2, stdout: '', stderr: `scaleboard: ${bad}: 2행 4열: "web"을(를) 선언한 곳이 없습니다\n` });
    const forced = await scaleboard(['convert', mermaid, '--to', 'text', '--from', 'text']);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('line 1, column 11: expected ":" or an arrow, found "LR"');
  });

  it('refuses a missing or unknown --to, and --to on check, with exit 2', async () => {
    expect((await scaleboard(['convert', text])).stderr).toContain('convert needs --to (json, mermaid, text)');
    expect((await scaleboard(['convert', text, '--to', 'yaml'])).stderr).toContain('--to must be one of json, mermaid, text, not "yaml"');
    expect((await scaleboard(['convert', text, '--to', 'json', '--from', 'dot'])).stderr).toContain('--from must be one of json, mermaid, text, not "dot"');
    expect((await scaleboard(['check', text, '--to', 'json'])).code).toBe(2);
  });
});
