import { describe, expect, it } from 'vitest';
import { jsonDeeperThan, MAX_JSON_DEPTH } from './jsonDepth';

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
