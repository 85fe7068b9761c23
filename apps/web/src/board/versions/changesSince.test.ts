import { describe, expect, it } from 'vitest';
import type { Board } from '@scaleboard/rules';
import { changesSince } from './changesSince';

const board = (nodes: Board['nodes'], edges: Board['edges'] = []): Board => ({ format: 'scaleboard/v1', title: 'Shop', assumptions: {}, nodes, edges }) as Board;
const node = (id: string, label: string, x = 0) => ({ id, kind: 'web-server' as const, label, x, y: 0, props: {} });

describe('changesSince', () => {
  it('names the components added, removed and changed since the version, by label', () => {
    const version = board([node('a', 'LB'), node('b', 'Web'), node('c', 'Old DB')], [{ id: 'e1', from: 'a', to: 'b', kind: 'sync' }]);
    const live = board([node('a', 'LB'), node('b', 'Web 1', 40), node('d', 'Cache')], [{ id: 'e2', from: 'a', to: 'd', kind: 'sync' }]);
    expect(changesSince(version, live)).toEqual({ added: ['Cache'], removed: ['Old DB'], changed: ['Web 1'], connections: 2 });
  });

  it('names a component without a label by its id', () => {
    expect(changesSince(board([]), board([node('n1', '')])).added).toEqual(['n1']);
  });

  it('finds nothing between a board and itself', () => {
    const same = board([node('a', 'LB')]);
    expect(changesSince(same, structuredClone(same))).toEqual({ added: [], removed: [], changed: [], connections: 0 });
  });
});
