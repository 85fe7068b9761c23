import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../src/docs/renderRulesDoc';
import { RULES } from '../src/rules';
import { RULES_DOC_PATH } from './rulesDocPath';

describe('docs/rules.md', () => {
  it('is up to date with the rule modules (run `npm run docs -w @scaleboard/rules`)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('documents every rule with its example', () => {
    const doc = renderRulesDoc();
    for (const rule of RULES) expect(doc).toContain(`## \`${rule.id}\``);
  });
});
