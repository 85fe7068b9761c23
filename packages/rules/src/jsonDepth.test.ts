import { describe, expect, it } from 'vitest';
import { isJsonValue, jsonDeeperThan, MAX_JSON_DEPTH } from './jsonDepth';

describe('jsonDeeperThan', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDeeperThan('[[[]]]', 3)).toBe(false);
    expect(jsonDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(jsonDeeperThan('{"a":{"b":[1]}}', 2)).toBe(true);
    expect(jsonDeeperThan('{"a":"[[[[[[\\"{{{{"}', 1)).toBe(false);
    expect(jsonDeeperThan(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBe(true);
    expect(jsonDeeperThan(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`)).toBe(false);
  });
});

describe('isJsonValue', () => {
  it('accepts what JSON writes back unchanged, within the depth, and nothing else', () => {
    expect(isJsonValue({ a: [1, 'x', null, true] }, 2)).toBe(true);
    expect(isJsonValue({ a: [[1]] }, 2)).toBe(false);
    expect(isJsonValue({ n: Number.NaN })).toBe(false);
    expect(isJsonValue({ big: 1n })).toBe(false);
    expect(isJsonValue({ bytes: new Uint8Array(2) })).toBe(false);
    expect(isJsonValue({ missing: undefined })).toBe(false);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(isJsonValue(cycle)).toBe(false);
  });
});
