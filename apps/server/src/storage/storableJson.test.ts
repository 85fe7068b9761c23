import { describe, expect, it } from 'vitest';
import { storableJson } from './storableJson';

describe('storableJson', () => {
  it('leaves NUL out of strings and keys, at any depth', () => {
    expect(storableJson({ title: 'T\u0000', nodes: [{ label: 'a\u0000\u0000b', props: { 'k\u0000': ['\u0000'] } }] })).toEqual({
      title: 'T',
      nodes: [{ label: 'ab', props: { k: [''] } }],
    });
  });

  it('keeps a backslash followed by the text u0000, which is not a NUL', () => {
    const text = 'C:\\u0000 and \\\\u0000';
    expect(storableJson({ text })).toEqual({ text });
  });

  it('hands back JSON without NUL as it is', () => {
    const board = { title: 'T', nodes: [] };
    expect(storableJson(board)).toBe(board);
  });
});
