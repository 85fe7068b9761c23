import { describe, expect, it } from 'vitest';
import { shareLinks } from './shareLinks';

const keys = { owner: 'o', edit: 'e', view: 'v' };

describe('shareLinks', () => {
  it('gives the owner the edit and view links, then their own owner link', () => {
    expect(shareLinks('http://x', 'b1', 'o', 'owner', keys)).toEqual([
      { kind: 'edit', url: 'http://x/b/b1#key=e' },
      { kind: 'view', url: 'http://x/b/b1#key=v' },
      { kind: 'owner', url: 'http://x/b/b1#key=o' },
    ]);
  });
  it('gives others only their own link', () => {
    expect(shareLinks('http://x', 'b1', 'e', 'editor')).toEqual([{ kind: 'edit', url: 'http://x/b/b1#key=e' }]);
    expect(shareLinks('http://x', 'b1', 'v', 'viewer', keys)).toEqual([{ kind: 'view', url: 'http://x/b/b1#key=v' }]);
    expect(shareLinks('http://x', 'b1', 'o', 'owner')).toEqual([{ kind: 'owner', url: 'http://x/b/b1#key=o' }]);
  });
});
