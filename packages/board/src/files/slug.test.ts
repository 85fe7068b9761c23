import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
  it('joins the title’s letters and digits with single hyphens', () => {
    expect(slug('Chapter 1: URL shortener')).toBe('chapter-1-url-shortener');
    expect(slug('  --Twitter!!  ')).toBe('twitter');
  });

  it('names a title with nothing left “board”', () => {
    expect(slug('')).toBe('board');
    expect(slug('日本語 ✨')).toBe('board');
  });
});
