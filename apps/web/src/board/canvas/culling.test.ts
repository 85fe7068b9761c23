import { describe, expect, it } from 'vitest';
import type { CanvasFlowNode } from './flowTypes';
import { LOD_ZOOM, createDecorator, edgesForFlow, nextView, nodesForFlow, viewportRect } from './culling';

const node = (id: string): CanvasFlowNode => ({ id, type: 'component', position: { x: 0, y: 0 }, data: { kind: 'cache', label: id, kindLabel: 'Cache', remote: [] } });

describe('nextView', () => {
  it('is the level-of-detail picture below LOD_ZOOM, kept as the same object', () => {
    const view = nextView(null, viewportRect([0, 0, LOD_ZOOM / 2], 1000, 800), LOD_ZOOM / 2);
    expect(view).toEqual({ lod: true });
    expect(nextView(view, viewportRect([50, 0, LOD_ZOOM / 3], 1000, 800), LOD_ZOOM / 3)).toBe(view);
  });

  it('keeps its region while a pan stays inside it, and chooses a new one past it or after a large zoom', () => {
    const view = nextView(null, viewportRect([0, 0, 1], 1000, 800), 1);
    expect(view).toEqual({ lod: false, zoom: 1, region: { x: -500, y: -400, width: 2000, height: 1600 } });
    expect(nextView(view, viewportRect([-400, -300, 1], 1000, 800), 1)).toBe(view);
    expect(nextView(view, viewportRect([-600, 0, 1], 1000, 800), 1)).not.toBe(view);
    expect(nextView(view, viewportRect([0, 0, 2], 1000, 800), 2)).not.toBe(view);
  });
});

describe('createDecorator', () => {
  it('adds sizes, culling and drag positions, and keeps each unchanged node object', () => {
    const decorate = createDecorator();
    const base = [node('a'), node('b')];
    const view = { measured: new Map(), dragged: new Map(), isHidden: (id: string) => id === 'b', defaultSize: () => ({ width: 176, height: 56 }) };
    const first = decorate(base, view);
    expect(first[0]).toMatchObject({ measured: { width: 176, height: 56 } });
    expect(first[0]!.hidden).toBeUndefined();
    expect(first[1]!.hidden).toBe(true);
    const dragged = decorate(base, { ...view, dragged: new Map([['a', { x: 16, y: 32 }]]) });
    expect(dragged[0]!.position).toEqual({ x: 16, y: 32 });
    expect(dragged[1]).toBe(first[1]);
  });

  it('leaves a small board to xyflow: no size before it is measured, no declared connectors', () => {
    const [only] = createDecorator()([node('a')], { measured: new Map(), dragged: new Map(), isHidden: () => false, defaultSize: undefined });
    expect(only!.measured).toBeUndefined();
    expect(only!.handles).toBeUndefined();
  });
});

describe('nodesForFlow and edgesForFlow', () => {
  const flowNode = (id: string, extra: { hidden?: boolean; selected?: boolean; parentId?: string } = {}) => ({ id, ...extra });

  it('gives the shown nodes, the selected ones, the far ends of their connections and the groups around them, in order', () => {
    const nodes = [
      flowNode('group', { hidden: true }),
      flowNode('shown'),
      flowNode('far', { hidden: true, parentId: 'group' }),
      flowNode('picked', { hidden: true, selected: true }),
      flowNode('unseen', { hidden: true }),
      flowNode('alsoUnseen', { hidden: true }),
    ];
    const edges = [
      { source: 'far', target: 'shown' },
      { source: 'unseen', target: 'alsoUnseen' },
    ];
    const given = nodesForFlow(nodes, edges);
    expect(given.map((node) => node.id)).toEqual(['group', 'shown', 'far', 'picked']);
    expect(edgesForFlow(edges, given)).toEqual([edges[0]]);
  });

  it('gives no connection between two hidden nodes, even when both are given', () => {
    const nodes = [flowNode('a', { hidden: true, selected: true }), flowNode('b', { hidden: true, selected: true })];
    const edges = [{ source: 'a', target: 'b' }];
    expect(nodesForFlow(nodes, edges)).toHaveLength(2);
    expect(edgesForFlow(edges, nodesForFlow(nodes, edges))).toEqual([]);
  });

  it('gives nothing below the level-of-detail zoom, where every node is hidden', () => {
    const nodes = [flowNode('a', { hidden: true }), flowNode('b', { hidden: true })];
    expect(nodesForFlow(nodes, [{ source: 'a', target: 'b' }])).toEqual([]);
  });
});
