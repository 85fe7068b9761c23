import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a resource as "a.b.c" → text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function keyDifferences(a: Tree, b: Tree): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const first = leaves(a);
  const second = leaves(b);
  return {
    onlyInFirst: [...first.keys()].filter((k) => !second.has(k)),
    onlyInSecond: [...second.keys()].filter((k) => !first.has(k)),
  };
}

describe('UI resources', () => {
  it('have the same keys in English and Korean', () => {
    expect(keyDifferences(en, ko)).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it('notices a key that only one language has', () => {
    const { onlyInFirst, onlyInSecond } = keyDifferences({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' });
    expect(onlyInFirst).toEqual(['a.c']);
    expect(onlyInSecond).toEqual(['d']);
  });

  it('give every Korean text the same {{placeholders}} as the English one, and no empty text', () => {
    const english = leaves(en);
    for (const [key, text] of leaves(ko)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});
