import { describe, expect, it } from 'vitest';
import type { BoardNode } from '@scaleboard/rules';
import { createReuser } from './reuseUnchanged';
import { sameOnCanvas, toFlowEdges, toFlowNodes, toUnknownFlowNodes, validParents, type NodeView } from './toFlow';
import type { BoardFlowNode } from './flowTypes';

const view: NodeView = {
  selected: new Set(['web']),
  measured: new Map([['web', { width: 176, height: 56 }]]),
  remote: new Map([['lb', [{ name: 'Bo', color: '#e5484d' }]]]),
  kindLabel: (kind) => kind.toUpperCase(),
  ariaLabel: (label, kind) => `${label}, ${kind}`,
  nodeDescriptionId: 'react-flow__node-desc-1',
};

const node = (id: string, kind: BoardNode['kind'], extra: Partial<BoardNode> = {}): BoardNode => ({
  id, kind, label: id, x: 10, y: 20, props: {}, ...extra,
});

describe('toUnknownFlowNodes', () => {
  it('draws a node the board leaves out as a plain box nobody here can move, select, connect or delete', () => {
    const [box] = toUnknownFlowNodes([{ id: 'q', kind: 'quantum-queue', label: 'Q', x: 40, y: 50 }], (label) => `${label}, unknown component`);
    expect(box).toMatchObject({
      id: 'q',
      type: 'unknown',
      position: { x: 40, y: 50 },
      data: { label: 'Q', kind: 'quantum-queue' },
      ariaLabel: 'Q, unknown component',
      draggable: false,
      selectable: false,
      connectable: false,
      deletable: false,
    });
  });
});

describe('toFlowNodes', () => {
  it('puts parents before children and groups before components', () => {
    const nodes = [node('web', 'web-server', { parent: 'vpc' }), node('vpc', 'private-network', { parent: 'eu' }), node('eu', 'region'), node('lb', 'load-balancer')];
    expect(toFlowNodes(nodes, view).map((n) => n.id)).toEqual(['eu', 'lb', 'vpc', 'web']);
  });

  it('carries label, kind, selection, measured size and remote marks', () => {
    const [lb, web] = toFlowNodes([node('lb', 'load-balancer'), node('web', 'web-server')], view);
    expect(lb).toMatchObject({ type: 'component', ariaLabel: 'lb, LOAD-BALANCER', selected: false, data: { remote: [{ name: 'Bo' }] } });
    expect(web).toMatchObject({ selected: true, measured: { width: 176, height: 56 }, position: { x: 10, y: 20 } });
  });

  it('gives groups their stored or default size and ignores dangling or cyclic parents', () => {
    const nodes = [node('a', 'region', { parent: 'b', width: 500, height: 300 }), node('b', 'region', { parent: 'a' }), node('c', 'cache', { parent: 'gone' })];
    expect(validParents(nodes).size).toBe(0);
    const flow = toFlowNodes(nodes, view);
    expect(flow.find((n) => n.id === 'a')).toMatchObject({ type: 'group', width: 500, height: 300 });
    expect(flow.find((n) => n.id === 'b')?.width).toBe(420);
    expect(flow.every((n) => n.parentId === undefined)).toBe(true);
  });

  it('keeps the same flow nodes after a property edit (the card reads its instance count elsewhere)', () => {
    const reuse = createReuser<BoardFlowNode>();
    const before = reuse(toFlowNodes([node('lb', 'load-balancer'), node('web', 'web-server', { props: { instances: 3 } })], view));
    const after = reuse(toFlowNodes([node('lb', 'load-balancer'), node('web', 'web-server', { props: { instances: 4 } })], view));
    expect(after).toBe(before);
    const renamed = reuse(toFlowNodes([node('lb', 'load-balancer'), node('web', 'web-server', { label: 'Web', props: { instances: 4 } })], view));
    expect(renamed).not.toBe(before);
    expect(renamed[0]).toBe(before[0]);
  });

  it("describes a component by xyflow's description and its card's instance count; groups and notes keep xyflow's", () => {
    const flow = toFlowNodes([node('web 1', 'web-server'), node('n', 'note')], view);
    const [web, note] = [flow.find((n) => n.id === 'web 1'), flow.find((n) => n.id === 'n')];
    expect(web?.domAttributes).toEqual({ 'aria-describedby': 'react-flow__node-desc-1 instances-of-web%201' });
    expect(note?.domAttributes).toBeUndefined();
  });

  it('does not nest inside a component that is not a group', () => {
    expect(toFlowNodes([node('a', 'cache', { parent: 'b' }), node('b', 'database')], view)[0]?.parentId).toBeUndefined();
  });
});

describe('toFlowEdges', () => {
  it('names edges by kind and ends and drops edges to missing nodes', () => {
    const nodes = [node('lb', 'load-balancer'), node('web', 'web-server')];
    const edges = toFlowEdges(
      [{ id: 'e1', from: 'lb', to: 'web', kind: 'async' }, { id: 'e2', from: 'lb', to: 'gone', kind: 'sync' }],
      nodes,
      { selected: new Set(), ariaLabel: (e, from, to) => `${e.kind} from ${from} to ${to}` },
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'lb', target: 'web', ariaLabel: 'async from lb to web', data: { kind: 'async' } });
  });
});

describe('sameOnCanvas', () => {
  it('ignores props and nothing else the canvas draws', () => {
    const before = [node('lb', 'load-balancer'), node('web', 'web-server', { parent: 'vpc' })];
    expect(sameOnCanvas(before, [before[0]!, { ...before[1]!, props: { instances: 3 } }])).toBe(true);
    const changes: Array<Partial<BoardNode>> = [{ label: 'API' }, { x: 11 }, { y: 21 }, { parent: undefined }, { kind: 'app-server' }, { width: 300 }, { height: 90 }, { id: 'api' }];
    for (const change of changes) expect(sameOnCanvas(before, [before[0]!, { ...before[1]!, ...change }]), JSON.stringify(change)).toBe(false);
    expect(sameOnCanvas(before, before.slice(0, 1))).toBe(false);
    expect(sameOnCanvas(before, [...before].reverse())).toBe(false);
  });

  it("sees a note's look change (text block, monospace), which the canvas draws", () => {
    const before = [node('n', 'note')];
    expect(sameOnCanvas(before, [{ ...before[0]!, props: { style: 'note', mono: false } }])).toBe(true);
    expect(sameOnCanvas(before, [{ ...before[0]!, props: { style: 'text' } }])).toBe(false);
    expect(sameOnCanvas(before, [{ ...before[0]!, props: { mono: true } }])).toBe(false);
  });

  it('gives a note its look in the flow data, and a component none', () => {
    const [note, web] = toFlowNodes([node('n', 'note', { props: { style: 'text', mono: true } }), node('web', 'web-server')], view);
    expect(note!.data.note).toEqual({ text: true, mono: true });
    expect(web!.data.note).toBeUndefined();
  });
});
