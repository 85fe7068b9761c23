import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH, type BoardNode } from '@scaleboard/rules';
import { copyFragment, parseFragment, pasteFragment, serializeFragment } from './clipboard';

const n = (id: string, kind: BoardNode['kind'], x: number, y: number, parent?: string): BoardNode => ({
  id, kind, label: id, x, y, props: { instances: 2 }, ...(parent ? { parent } : {}),
});
const nodes = [n('vpc', 'private-network', 100, 100), n('web', 'web-server', 10, 10, 'vpc'), n('db', 'database', 40, 40, 'vpc'), n('lb', 'load-balancer', 0, 0)];
const edges = [
  { id: 'e1', from: 'lb', to: 'web', kind: 'sync' as const },
  { id: 'e2', from: 'web', to: 'db', kind: 'sync' as const },
];

describe('copy and paste', () => {
  it('copies a group with its children and inner edges', () => {
    const fragment = copyFragment(new Set(['vpc']), nodes, edges);
    expect(fragment.nodes.map((x) => x.id).sort()).toEqual(['db', 'vpc', 'web']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('lifts a child copied without its group to canvas coordinates', () => {
    const fragment = copyFragment(new Set(['web', 'lb']), nodes, edges);
    expect(fragment.nodes.find((x) => x.id === 'web')).toMatchObject({ x: 110, y: 110 });
    expect(fragment.nodes.find((x) => x.id === 'web')?.parent).toBeUndefined();
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('pastes with fresh ids, remapped parents and edges, offset at the top level only', () => {
    let counter = 0;
    const pasted = pasteFragment(copyFragment(new Set(['vpc']), nodes, edges), { x: 32, y: 32 }, (p) => `${p}-${++counter}`, []);
    const vpc = pasted.nodes.find((x) => x.kind === 'private-network');
    const web = pasted.nodes.find((x) => x.kind === 'web-server');
    expect(vpc).toMatchObject({ x: 132, y: 132 });
    expect(web).toMatchObject({ x: 10, y: 10, parent: vpc?.id, props: { instances: 2 } });
    expect(pasted.edges[0]).toMatchObject({ from: web?.id });
    expect(new Set(pasted.nodes.map((x) => x.id)).has('vpc')).toBe(false);
  });

  it('copies selected sketches and pastes them offset with new ids; an arrow keeps only the ends copied with it', () => {
    const sketches = [
      { id: 'a1', shape: 'arrow' as const, x: 0, y: 0, points: [0, 0, 50, 50], from: 'lb', to: 'db' },
      { id: 's1', shape: 'stroke' as const, x: 5, y: 5, points: [0, 0, 3, 3] },
      { id: 'r1', shape: 'rectangle' as const, x: 5, y: 5, points: [0, 0, 3, 3] },
    ];
    const fragment = copyFragment(new Set(['lb']), nodes, edges, new Set(['a1', 's1']), sketches);
    expect(fragment.sketches?.map((s) => s.id)).toEqual(['a1', 's1']);
    let counter = 0;
    const pasted = pasteFragment(parseFragment(serializeFragment(fragment))!, { x: 32, y: 32 }, (p) => `${p}-${++counter}`, []);
    const lb = pasted.nodes.find((x) => x.kind === 'load-balancer')!;
    expect(pasted.sketches).toEqual([
      { id: expect.stringMatching(/^arrow-/), shape: 'arrow', x: 32, y: 32, points: [0, 0, 50, 50], from: lb.id },
      { id: expect.stringMatching(/^stroke-/), shape: 'stroke', x: 37, y: 37, points: [0, 0, 3, 3] },
    ]);
    expect(copyFragment(new Set(['lb']), nodes, edges).sketches).toBeUndefined();
  });

  it('names each pasted component with the next free name, and leaves notes as written', () => {
    let counter = 0;
    const fragment = {
      nodes: [
        { ...n('a', 'web-server', 0, 0), label: 'Web' },
        { ...n('b', 'web-server', 0, 0), label: 'Web 2' },
        { ...n('c', 'note', 0, 0), label: 'Remember the cache' },
      ],
      edges: [],
    };
    const pasted = pasteFragment(fragment, { x: 0, y: 0 }, (p) => `${p}-${++counter}`, ['Web', 'Web 2', 'Remember the cache']);
    expect(pasted.nodes.map((x) => x.label)).toEqual(['Web 3', 'Web 4', 'Remember the cache']);
    const long = 'W'.repeat(MAX_LABEL_LENGTH);
    const copy = pasteFragment({ nodes: [{ ...n('d', 'cache', 0, 0), label: long }], edges: [] }, { x: 0, y: 0 }, (p) => p, [long]);
    expect(copy.nodes[0]?.label).toBe(long);
  });

  it('round-trips through clipboard text and rejects foreign text', () => {
    const fragment = copyFragment(new Set(['lb']), nodes, edges);
    expect(parseFragment(serializeFragment(fragment))).toEqual(fragment);
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment('{"nodes":[]}')).toBeNull();
  });
});
