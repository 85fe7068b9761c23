import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../kinds';
import { RULES } from '../rules';
import { TEMPLATES } from '../templates';
import { LANGS } from './lang';
import { RESOURCES } from './resources';

/** Every text of a resource by its dotted path. */
function texts(node: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of texts(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const en = texts(RESOURCES.en);

describe('resources', () => {
  it.each(LANGS.filter((lang) => lang !== 'en'))('%s has exactly the keys English has, none empty, with the same placeholders', (lang) => {
    const other = texts(RESOURCES[lang]);
    expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(en.get(key)!));
    }
  });

  it('Korean is Korean: every sentence-long text has Hangul', () => {
    for (const [key, text] of texts(RESOURCES.ko)) if (text.length > 30) expect(text, key).toMatch(/[가-힣]/);
  });

  it('has the title, idea, explanation and fix of every rule, every kind, every template', () => {
    for (const rule of RULES) for (const part of ['title', 'idea', 'explanation', 'fix']) expect(en.has(`rules.${rule.id}.${part}`), `${rule.id}.${part}`).toBe(true);
    for (const kind of NODE_KINDS) expect(en.has(`kinds.${kind}.name`), kind).toBe(true);
    for (const template of TEMPLATES) expect(en.has(`templates.${template.id}.title`), template.id).toBe(true);
  });

  it('a missing key fails this test (the check itself can fail)', () => {
    const broken = texts({ ...RESOURCES.ko, rules: {} });
    expect([...broken.keys()].sort()).not.toEqual([...en.keys()].sort());
  });
});
