import { describe, expect, it } from 'vitest';
import { replayPagePath } from '@scaleboard/protocol';
import { atFromHash, keyFromHash, parseRoute } from './route';

describe('routes', () => {
  it('reads a board id from the path and the key from the fragment', () => {
    expect(parseRoute('/b/abc123')).toEqual({ page: 'board', boardId: 'abc123' });
    expect(parseRoute('/')).toEqual({ page: 'landing' });
    expect(parseRoute('/b/')).toEqual({ page: 'landing' });
    expect(keyFromHash('#key=s3cr%2Bet')).toBe('s3cr+et');
    expect(keyFromHash('')).toBeNull();
  });

  it('reads the replay page of a board, and the moment a link starts the replay at', () => {
    expect(parseRoute('/b/abc123/replay')).toEqual({ page: 'replay', boardId: 'abc123' });
    expect(parseRoute('/b/abc123/replay/')).toEqual({ page: 'replay', boardId: 'abc123' });
    expect(parseRoute('/b/abc123/other')).toEqual({ page: 'landing' });
    expect(atFromHash('#key=k&at=2026-12-03T09%3A30%3A00.000Z')).toBe(Date.UTC(2026, 11, 3, 9, 30));
    expect(atFromHash('#at=yesterday')).toBeNull();
    expect(atFromHash('#key=k')).toBeNull();
  });

  it('reads back what the server and the summary build (replayPagePath)', () => {
    const url = new URL(replayPagePath('a-b_c', { key: 'replay.x+y', at: '2026-12-03T09:30:00.000Z' }), 'http://h');
    expect(parseRoute(url.pathname)).toEqual({ page: 'replay', boardId: 'a-b_c' });
    expect(keyFromHash(url.hash)).toBe('replay.x+y');
    expect(atFromHash(url.hash)).toBe(Date.UTC(2026, 11, 3, 9, 30));
  });
});
