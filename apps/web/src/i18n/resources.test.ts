import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { resourceLeaves, type ResourceTree } from './resourceLeaves';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function keyDifferences(a: ResourceTree, b: ResourceTree): { onlyInFirst: string[]; onlyInSecond: string[] } {
  const first = resourceLeaves(a);
  const second = resourceLeaves(b);
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
    const english = resourceLeaves(en);
    for (const [key, text] of resourceLeaves(ko)) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});
