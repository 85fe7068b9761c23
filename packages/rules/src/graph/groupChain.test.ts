import { describe, expect, it } from 'vitest';
import { groupChain, type ParentLink } from './groupChain';

const ids = (nodes: ParentLink[], id: string) => {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return groupChain(byId.get(id)!, byId).map((g) => g.id);
};

describe('groupChain', () => {
  it('lists the groups a node sits in, nearest first', () => {
    const nodes: ParentLink[] = [{ id: 'eu', kind: 'region' }, { id: 'vpc', kind: 'private-network', parent: 'eu' }, { id: 'db', kind: 'database', parent: 'vpc' }];
    expect(ids(nodes, 'db')).toEqual(['vpc', 'eu']);
    expect(ids(nodes, 'eu')).toEqual([]);
  });

  it('ends at a dangling parent or one that is not a group', () => {
    const nodes: ParentLink[] = [{ id: 'eu', kind: 'region', parent: 'gone' }, { id: 'c', kind: 'cache', parent: 'eu' }, { id: 'a', kind: 'database', parent: 'c' }];
    expect(ids(nodes, 'a')).toEqual([]);
    expect(ids(nodes, 'c')).toEqual(['eu']);
  });

  it('puts a node whose groups loop at the top level', () => {
    const nodes: ParentLink[] = [{ id: 'g', kind: 'region', parent: 'h' }, { id: 'h', kind: 'region', parent: 'g' }, { id: 'a', kind: 'cache', parent: 'h' }];
    expect(ids(nodes, 'a')).toEqual([]);
    expect(ids(nodes, 'g')).toEqual([]);
  });
});
