import { describe, expect, it } from 'vitest';
import type { Member } from '@scaleboard/protocol';
import { leaderToFollow } from './leaderToFollow';

const roster: Member[] = [
  { id: 'ada', name: 'Ada', color: '#e03131', role: 'owner' },
  { id: 'mallory', name: 'Mallory', color: '#2f9e44', role: 'viewer' },
  { id: 'bob', name: 'Bob', color: '#1971c2', role: 'editor' },
];

describe('leaderToFollow', () => {
  it('follows a peer that leads when the roster says it is the owner', () => {
    const states = new Map<number, unknown>([
      [1, { member: 'me' }],
      [2, { member: 'ada', leading: true }],
    ]);
    expect(leaderToFollow(states, 1, roster)).toBe('ada');
  });

  it('ignores a viewer or an editor that claims to lead, and a leader the roster does not know yet', () => {
    const states = new Map<number, unknown>([
      [1, { member: 'me' }],
      [2, { member: 'mallory', leading: true }],
      [3, { member: 'bob', leading: true }],
      [4, { member: 'stranger', leading: true }],
      [5, null],
    ]);
    expect(leaderToFollow(states, 1, roster)).toBeNull();
  });
});
