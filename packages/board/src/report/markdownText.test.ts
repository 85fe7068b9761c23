import { describe, expect, it } from 'vitest';
import { markdownCell, markdownInline } from './markdownText';

describe('markdownInline and markdownCell', () => {
  it('keep user text on its line with its syntax literal', () => {
    expect(markdownInline('Board\n\n## Rubric (private)\r\n<img src=x>')).toBe('Board \\#\\# Rubric (private) \\<img src=x\\>');
    expect(markdownInline('two  spaces stay')).toBe('two  spaces stay');
    expect(markdownCell('a | b\nc')).toBe('a \\| b c');
    expect(markdownCell('  ')).toBe('–');
  });
});
