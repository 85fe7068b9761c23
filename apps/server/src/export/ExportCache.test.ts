import { describe, expect, it } from 'vitest';
import { ExportCache } from './ExportCache';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('ExportCache', () => {
  it('keys by board, document updates and options', () => {
    const key = ExportCache.keyOf('b', [bytes(1, 2)], { theme: 'dark' });
    expect(ExportCache.keyOf('b', [bytes(1, 2)], { theme: 'dark' })).toBe(key);
    expect(ExportCache.keyOf('b', [bytes(1, 3)], { theme: 'dark' })).not.toBe(key);
    expect(ExportCache.keyOf('b', [bytes(1, 2)], { theme: 'light' })).not.toBe(key);
    expect(ExportCache.keyOf('c', [bytes(1, 2)], { theme: 'dark' })).not.toBe(key);
  });

  it('holds at most its bytes, dropping the least recently used first', () => {
    const cache = new ExportCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    cache.set('huge', 'H', 11);
    expect(cache.get('huge')).toBeUndefined();
  });

  it('holds nothing when its size is 0', () => {
    const cache = new ExportCache<string>(0);
    cache.set('a', 'A', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
