import { describe, expect, it } from 'vitest';
import { fitText, textWidth, wrapText } from './textMetrics';

describe('fitText', () => {
  it('keeps text that fits and ellipsises text that does not', () => {
    expect(fitText('LB', 60, 13)).toBe('LB');
    const fitted = fitText('A very long label', 60, 13);
    expect(fitted).toMatch(/^A very.*…$/);
    expect(textWidth(fitted, 13)).toBeLessThanOrEqual(60);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, keeps newlines, and breaks a word wider than the line by characters', () => {
    expect(wrapText('one two three', 40, 13, 5)).toEqual(['one', 'two', 'three']);
    expect(wrapText('a\nb', 100, 13, 5)).toEqual(['a', 'b']);
    const lines = wrapText(`short ${'x'.repeat(40)} end`, 100, 13, 20);
    expect(lines[0]).toBe('short');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace(/ /g, '')).toBe(`short${'x'.repeat(40)}end`);
  });

  it('shows at most maxLines lines, the last ellipsised when text remains', () => {
    const lines = wrapText('word '.repeat(100), 60, 13, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
    expect(wrapText('a\nb\nc', 100, 13, 3)).toEqual(['a', 'b', 'c']);
  });

  it('reads only what the lines it shows need, however long the text (linear, and bounded by maxLines)', () => {
    const word = 'x'.repeat(20_000);
    expect(charactersRead(() => wrapText(word, 172, 13.5, 12))).toBeLessThan(1_000);
    expect(charactersRead(() => fitText(word, 172, 13.5))).toBeLessThan(100);
    const words = 'word '.repeat(4_000);
    expect(charactersRead(() => wrapText(words, 172, 13.5, 12))).toBeLessThan(1_000);
  });
});

/** How many characters `work` reads by iterating strings (the way text is measured). */
function charactersRead(work: () => unknown): number {
  const iterate = Object.getOwnPropertyDescriptor(String.prototype, Symbol.iterator)!;
  const original = String.prototype[Symbol.iterator];
  let read = 0;
  Object.defineProperty(String.prototype, Symbol.iterator, {
    ...iterate,
    value: function* counted(this: string) {
      for (const char of original.call(this)) {
        read += 1;
        yield char;
      }
    },
  });
  try {
    work();
  } finally {
    Object.defineProperty(String.prototype, Symbol.iterator, iterate);
  }
  return read;
}
