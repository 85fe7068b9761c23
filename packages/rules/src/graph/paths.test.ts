import { describe, expect, it } from 'vitest';
import { sketch } from '../rules/sketch';
import { buildGraph } from './boardGraph';
import { entries, redundancy, requestPath, sources, targets } from './paths';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('graph paths', () => {
  const fanOut = Array.from({ length: 40 }, (_, i) => [`w${i}`, 'web-server'] as const);
  const board = sketch('g', [['users', 'client'], ['lb', 'load-balancer'], ...fanOut, ['db', 'database', { replicas: 1 }], ['r', 'database', { role: 'replica' }], ['note', 'note']], [
    ['users', 'lb'], ['users', 'lb'], ...fanOut.map(([id]) => ['lb', id] as const), ...fanOut.map(([id]) => ['lb', id] as const),
    ['w0', 'db'], ['w0', 'db', 'async'], ['db', 'r', 'replication'], ['db', 'note'], ['db', 'ghost'],
  ]);
  const graph = buildGraph(board);

  it('lists distinct neighbours per edge kind, ignoring dangling edges and notes', () => {
    expect(ids(targets(graph, 'users'))).toEqual(['lb']);
    expect(targets(graph, 'lb')).toHaveLength(40);
    expect(ids(targets(graph, 'w0', ['sync', 'async']))).toEqual(['db']);
    expect(ids(targets(graph, 'db', ['replication']))).toEqual(['r']);
    expect(ids(targets(graph, 'db'))).toEqual([]);
    expect(ids(sources(graph, 'db', ['sync', 'async', 'replication']))).toEqual(['w0']);
  });

  it('finds entries, the request path and redundancy', () => {
    expect(ids(entries(graph))).toEqual(['users']);
    expect(requestPath(graph).has('r')).toBe(false);
    expect(requestPath(graph).has('db')).toBe(true);
    expect(redundancy(graph, graph.nodes.get('db')!)).toBe(3);
  });
});
