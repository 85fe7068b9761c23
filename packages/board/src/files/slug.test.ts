import { describe, expect, it } from 'vitest';
import { slug } from './slug';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

describe('slug', () => {
  it('joins the title’s letters and digits with single hyphens', () => {
    expect(slug('Chapter 1: URL shortener')).toBe('chapter-1-url-shortener');
    expect(slug('  --Twitter!!  ')).toBe('twitter');
  });

  it('keeps the letters of every script: a Korean title names its file in Korean', () => {
    expect(slug('3장: 로드밸런서와 웹 계층')).toBe('3장-로드밸런서와-웹-계층');
    expect(slug('日本語 ✨')).toBe('日本語');
    expect(slug('Café Überblick')).toBe('café-überblick');
    // Hangul typed on macOS arrives decomposed (NFD); the file name is composed, as people type it.
    expect(slug('로드밸런서'.normalize('NFD'))).toBe('로드밸런서');
  });

  it('leaves out what is unsafe in a file name: separators, quotes, control and invisible characters', () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('a\\b:c*d?e"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i');
    expect(slug("it's\u0000\u001f\u007f\u202enew\u200bline\nend")).toBe('it-s-new-line-end');
  });

  it('renames the names Windows reserves for devices, which no file may take even with an extension', () => {
    expect(slug('CON')).toBe('con-board');
    expect(slug('nul')).toBe('nul-board');
    expect(slug('LPT1')).toBe('lpt1-board');
    expect(slug('console')).toBe('console');
  });

  it('stays short enough for a file name with its suffix (255 bytes) whatever the script', () => {
    const korean = slug('가'.repeat(200));
    expect(utf8Bytes(korean)).toBeLessThanOrEqual(180);
    expect(korean).toBe('가'.repeat(60));
    expect(slug('a'.repeat(200))).toBe('a'.repeat(180));
    // Cut where a word ends, never leaving a hyphen at the end.
    expect(slug(`${'b'.repeat(179)} c`)).toBe('b'.repeat(179));
    // Letters beyond the BMP (4 bytes, two UTF-16 units) are counted and cut whole.
    expect(slug('𝒜'.repeat(100))).toBe('𝒜'.repeat(45));
  });

  it('names a title with nothing left “board”', () => {
    expect(slug('')).toBe('board');
    expect(slug('✨ !!! 🚀')).toBe('board');
  });

  it('gives an ASCII name on request, for the fallback of a download’s file name', () => {
    expect(slug('Café Überblick', { ascii: true })).toBe('cafe-uberblick');
    expect(slug('3장: 로드밸런서', { ascii: true })).toBe('3');
    expect(slug('로드밸런서', { ascii: true })).toBe('board');
    expect(slug('Chapter 1: URL shortener', { ascii: true })).toBe('chapter-1-url-shortener');
  });
});
