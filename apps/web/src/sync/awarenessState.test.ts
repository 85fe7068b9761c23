import { describe, expect, it } from 'vitest';
import { changesPeers, readPeer } from './awarenessState';

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

describe('changesPeers', () => {
  it('is false for a change of our own state alone, true as soon as someone else is named', () => {
    expect(changesPeers({ added: [], updated: [7], removed: [] }, 7)).toBe(false);
    expect(changesPeers({ added: [7], updated: [], removed: [] }, 7)).toBe(false);
    expect(changesPeers({ added: [], updated: [7, 9], removed: [] }, 7)).toBe(true);
    expect(changesPeers({ added: [9], updated: [], removed: [] }, 7)).toBe(true);
    expect(changesPeers({ added: [], updated: [], removed: [9] }, 7)).toBe(true);
  });
});
