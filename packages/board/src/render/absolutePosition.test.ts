import { describe, expect, it } from 'vitest';
import type { BoardNode } from '@scaleboard/rules';
import { absolutePosition } from './absolutePosition';

const n = (id: string, kind: BoardNode['kind'], x: number, y: number, parent?: string): BoardNode => ({ id, kind, label: id, x, y, props: {}, ...(parent ? { parent } : {}) });

describe('absolutePosition', () => {
  it('adds the positions of the groups a node sits in', () => {
    const byId = new Map([n('eu', 'region', 100, 100), n('vpc', 'private-network', 50, 50, 'eu'), n('db', 'database', 10, 20, 'vpc')].map((x) => [x.id, x]));
    expect(absolutePosition('db', byId)).toEqual({ x: 160, y: 170 });
    expect(absolutePosition('gone', byId)).toEqual({ x: 0, y: 0 });
  });

  it('adds nothing for a parent that is not a group, nor for groups that loop', () => {
    const byId = new Map([n('c', 'cache', 10, 10), n('a', 'database', 5, 5, 'c'), n('g', 'region', 100, 100, 'h'), n('h', 'region', 10, 10, 'g'), n('b', 'cache', 1, 1, 'h')].map((x) => [x.id, x]));
    expect(absolutePosition('a', byId)).toEqual({ x: 5, y: 5 });
    expect(absolutePosition('b', byId)).toEqual({ x: 1, y: 1 });
  });
});
