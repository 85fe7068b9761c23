import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rules run in the browser as well as on the server; the I/O of reading a board file belongs
// here, in the CLI. This scan keeps it so even where lint is told to look away.
const rulesSrc = dirname(createRequire(import.meta.url).resolve('@scaleboard/rules'));

function runtimeSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return runtimeSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const builtins = new Set(builtinModules);

/** What in a source file ties it to Node: a built-in module it imports, or a mention of `process.`. */
function nodeOnlyUses(source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1]!);
  const modules = specifiers.filter((specifier) => specifier.startsWith('node:') || builtins.has(specifier.split('/')[0]!));
  return [...modules, ...source.split('\n').filter((line) => /\bprocess\./.test(line)).map((line) => line.trim())];
}

describe('the rules package stays pure', () => {
  it('finds an import of a Node module, in every form, and a use of process', () => {
    const source = [
      "import { readFile } from 'node:fs/promises';",
      'import path from "path";',
      "const os = await import('os');",
      "export { x } from './node';",
      'const debug = process.env.DEBUG;',
    ].join('\n');
    expect(nodeOnlyUses(source)).toEqual(['node:fs/promises', 'path', 'os', 'const debug = process.env.DEBUG;']);
  });

  it('imports no Node module and never mentions process in its runtime sources', () => {
    const files = runtimeSources(rulesSrc);
    expect(files.map((file) => relative(rulesSrc, file))).toContain('index.ts');
    const offenders = files.flatMap((file) => nodeOnlyUses(readFileSync(file, 'utf8')).map((use) => `${relative(rulesSrc, file)}: ${use}`));
    expect(offenders).toEqual([]);
  });

  it('needs no tsx at runtime and has no bin: the command line is this package', () => {
    const manifest = JSON.parse(readFileSync(join(rulesSrc, '..', 'package.json'), 'utf8')) as { dependencies?: object; bin?: unknown };
    expect(manifest.dependencies ?? {}).not.toHaveProperty('tsx');
    expect(manifest.bin).toBeUndefined();
  });
});
