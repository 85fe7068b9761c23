import { describe, expect, it } from 'vitest';
import { reuseUnchanged, sameValue } from './reuseUnchanged';

const node = (id: string, x: number, props: Record<string, unknown> = {}) => ({ id, position: { x, y: 0 }, data: { props, remote: [] as string[] } });

describe('reuseUnchanged', () => {
  it('keeps the identity of unchanged elements and of the whole list when nothing changed', () => {
    const before = [node('a', 0), node('b', 0, { instances: 1 })];
    const same = reuseUnchanged(before, [node('a', 0), node('b', 0, { instances: 1 })]);
    expect(same).toBe(before);
    const next = reuseUnchanged(before, [node('a', 0), node('b', 0, { instances: 3 })]);
    expect(next).not.toBe(before);
    expect(next[0]).toBe(before[0]);
    expect(next[1]).not.toBe(before[1]);
    expect(next[1]?.data.props).toEqual({ instances: 3 });
  });

  it('notices added, removed and reordered elements', () => {
    const before = [node('a', 0), node('b', 0)];
    expect(reuseUnchanged(before, [node('a', 0)])).toHaveLength(1);
    const reordered = reuseUnchanged(before, [node('b', 0), node('a', 0)]);
    expect(reordered).not.toBe(before);
    expect(reordered[0]).toBe(before[1]);
  });
});

describe('sameValue', () => {
  it('compares plain data to a depth', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, 3)).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, 3)).toBe(false);
    expect(sameValue({ a: { b: { c: 1 } } }, { a: { b: { c: 1 } } }, 1)).toBe(false);
  });
});
