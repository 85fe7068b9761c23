import { describe, expect, it } from 'vitest';
import { readPeer } from './awarenessState';

describe('readPeer', () => {
  it('accepts a well-formed state and sanitises the rest', () => {
    expect(readPeer(7, { user: { name: 'Bo', color: '#30a46c' }, cursor: { x: 1, y: 2 }, selection: ['a', 3] })).toEqual({
      clientId: 7, user: { name: 'Bo', color: '#30a46c' }, cursor: { x: 1, y: 2 }, selection: ['a'],
    });
    expect(readPeer(7, { user: { name: 'Bo', color: 'red; background:url(x)' } })?.user.color).toBe('#888888');
    expect(readPeer(7, { cursor: { x: 1, y: 2 } })).toBeNull();
    expect(readPeer(7, null)).toBeNull();
  });
});
