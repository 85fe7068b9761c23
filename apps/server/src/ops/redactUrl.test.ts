import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
  it.each([
    ['a plain key', '/api/boards/b?key=SECRET', '/api/boards/b?key=[redacted]'],
    ['a key among other parameters', '/api/boards/b/export.svg?scale=2&key=SECRET&theme=dark', '/api/boards/b/export.svg?scale=2&key=[redacted]&theme=dark'],
    ['a percent-encoded name', '/api/boards/b?k%65y=SECRET', '/api/boards/b?k%65y=[redacted]'],
    ['a fully encoded name', '/api/boards/b?%6B%65%79=SECRET&x=1', '/api/boards/b?%6B%65%79=[redacted]&x=1'],
    ['an upper-case name', '/api/boards/b?KEY=SECRET', '/api/boards/b?KEY=[redacted]'],
    ['an array-style name', '/api/boards/b?key%5B%5D=SECRET', '/api/boards/b?key%5B%5D=[redacted]'],
    ['a repeated key', '/x?key=ONE&key=TWO', '/x?key=[redacted]&key=[redacted]'],
    ['a malformed escape beside an encoded name', '/x?k%65y%zz=SECRET&k%65y=SECRET', '/x?k%65y%zz=SECRET&k%65y=[redacted]'],
    ['no query', '/api/boards/b', '/api/boards/b'],
    ['a name that only contains key', '/x?monkey=1&keyboard=2', '/x?monkey=1&keyboard=2'],
  ])('%s', (_name, url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
