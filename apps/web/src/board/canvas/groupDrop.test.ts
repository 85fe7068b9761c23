import { describe, expect, it } from 'vitest';
import { absolutePosition } from '@scaleboard/board';
import type { BoardNode } from '@scaleboard/rules';
import { groupAt, reparent } from './groupDrop';

const n = (id: string, kind: BoardNode['kind'], x: number, y: number, parent?: string, size = 0): BoardNode => ({
  id, kind, label: id, x, y, props: {}, ...(parent ? { parent } : {}), ...(size ? { width: size, height: size } : {}),
});
const nodes = [n('eu', 'region', 100, 100, undefined, 1000), n('vpc', 'private-network', 50, 50, 'eu', 300), n('db', 'database', 10, 20, 'vpc'), n('lb', 'load-balancer', 2000, 0)];
const byId = new Map(nodes.map((x) => [x.id, x]));
const sizeOf = (node: BoardNode) => ({ width: node.width ?? 176, height: node.height ?? 56 });

describe('drop into group', () => {
  it('sums parent offsets for the canvas position', () => {
    expect(absolutePosition('db', byId)).toEqual({ x: 160, y: 170 });
  });

  it('finds the innermost group under a point, never the moving group itself', () => {
    expect(groupAt({ x: 200, y: 200 }, nodes, sizeOf)).toBe('vpc');
    expect(groupAt({ x: 900, y: 900 }, nodes, sizeOf)).toBe('eu');
    expect(groupAt({ x: 5000, y: 5000 }, nodes, sizeOf)).toBeUndefined();
    expect(groupAt({ x: 200, y: 200 }, nodes, sizeOf, 'vpc')).toBe('eu');
    expect(groupAt({ x: 200, y: 200 }, nodes, sizeOf, 'eu')).toBeUndefined();
  });

  it('keeps the canvas position when moving between groups', () => {
    expect(reparent('lb', 'vpc', byId)).toEqual({ x: 1850, y: -150, parent: 'vpc' });
    expect(reparent('db', undefined, byId)).toEqual({ x: 160, y: 170, parent: undefined });
    expect(reparent('db', 'eu', byId)).toEqual({ x: 60, y: 70, parent: 'eu' });
  });
});
