/// <reference types="vite/client" />
// Fixtures come in through Vite's raw imports: the board package does no I/O, its tests neither.
import { describe, expect, it } from 'vitest';
import { describeDesignProblem } from '../design/describeDesignProblem';
import { readDesign } from '../design/readDesign';

import SOURCES from './fixtures/SOURCES.md?raw';

const FIXTURES = Object.fromEntries(
  Object.entries(import.meta.glob<string>('./fixtures/*.mmd', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => [path.replace('./fixtures/', ''), text]),
);
const files = Object.keys(FIXTURES);

function read(name: string) {
  const result = readDesign(FIXTURES[name]!);
  if (!result.ok) throw new Error(`${name}: ${describeDesignProblem(result.problem, 'en')}`);
  expect(result.from).toBe('mermaid');
  return result.board;
}

describe('real-world Mermaid flowcharts (fixtures/SOURCES.md)', () => {
  it('has at least eight fixtures, each listed in SOURCES.md', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const name of files) expect(SOURCES, name).toContain(`| ${name} |`);
  });

  it.each(files)('%s imports as a valid board with every node and connection', (name) => {
    const board = read(name);
    expect(board.nodes.length).toBeGreaterThan(0);
    const ids = new Set(board.nodes.map((node) => node.id));
    for (const edge of board.edges) expect([ids.has(edge.from), ids.has(edge.to)]).toEqual([true, true]);
  });

  it('reads shapes, labels, link kinds and subgraphs as the diagram draws them', () => {
    const board = read('xp-card-architecture.mmd');
    const byId = new Map(board.nodes.map((node) => [node.id, node]));
    expect(byId.get('Mongo')).toMatchObject({ kind: 'database', label: 'MongoDB Database', parent: 'Data' });
    // The name said last wins: "…Gateway /api" is an API server.
    expect(byId.get('RESTRouter')).toMatchObject({ kind: 'app-server', label: 'REST API Gateway /api', parent: 'Server' });
    expect(byId.get('Client')).toMatchObject({ kind: 'region', label: 'Client Layer (Browser)' });
    expect(board.edges.find((edge) => edge.to === 'MemoryFallback')).toMatchObject({ from: 'RESTRouter', kind: 'async', label: 'Auto-Fallback if Offline' });
    expect(board.edges).toHaveLength(7);
  });

  it('reads link labels in every form, chains, "&" and skips invisible links', () => {
    const board = read('chaining.mmd');
    const edges = board.edges.map(({ from, to, kind, label }) => [from, to, kind, label]);
    expect(edges).toEqual([
      ['A', 'B', 'sync', 'text'],
      ['B', 'C', 'sync', 'text2'],
      ['a', 'b', 'sync', undefined],
      ['a', 'c', 'sync', undefined],
      ['b', 'd', 'sync', undefined],
      ['c', 'd', 'sync', undefined],
      ['E', 'F', 'async', 'text'],
      ['G', 'H', 'replication', 'text'],
    ]);
  });

  it('decodes entities, Markdown strings and multi-line labels', () => {
    expect(read('entity-codes.mmd').nodes.map((node) => node.label)).toEqual(['A double quote:"', 'A dec char:♥']);
    const board = read('markdown-strings.mmd');
    expect(board.nodes.find((node) => node.id === 'a')?.label).toBe('The cat\nin the hat');
    expect(board.nodes.find((node) => node.id === 'b')?.label).toBe('The dog in the hog');
    expect(board.edges[0]?.label).toBe('edge label');
  });

  it('nests subgraphs and lays each group around its members', () => {
    const board = read('subgraph-direction.mmd');
    const byId = new Map(board.nodes.map((node) => [node.id, node]));
    expect(byId.get('B1')?.parent).toBe('TOP');
    expect(byId.get('i1')?.parent).toBe('B1');
    const group = byId.get('B1')!;
    const member = byId.get('i1')!;
    // Members are placed relative to their group, inside it.
    expect(member.x).toBeGreaterThanOrEqual(0);
    expect(member.y).toBeGreaterThanOrEqual(0);
    expect(member.x + 176).toBeLessThanOrEqual(group.width!);
  });
});
