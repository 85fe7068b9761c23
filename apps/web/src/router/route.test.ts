import { describe, expect, it } from 'vitest';
import { keyFromHash, parseRoute } from './route';

describe('routes', () => {
  it('reads a board id from the path and the key from the fragment', () => {
    expect(parseRoute('/b/abc123')).toEqual({ page: 'board', boardId: 'abc123' });
    expect(parseRoute('/')).toEqual({ page: 'landing' });
    expect(parseRoute('/b/')).toEqual({ page: 'landing' });
    expect(keyFromHash('#key=s3cr%2Bet')).toBe('s3cr+et');
    expect(keyFromHash('')).toBeNull();
  });
});
