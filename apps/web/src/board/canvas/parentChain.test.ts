import { describe, expect, it } from 'vitest';
import { absolutePosition, boardLayout } from '@scaleboard/board';
import { buildGraph, parseBoard, type Board, type BoardNode } from '@scaleboard/rules';
import { isInside } from './groupDrop';
import { toFlowNodes, type NodeView } from './toFlow';

const view: NodeView = { selected: new Set(), measured: new Map(), remote: new Map(), kindLabel: (k) => k, ariaLabel: (l) => l, nodeDescriptionId: 'desc' };

function board(nodes: Array<Pick<BoardNode, 'id' | 'kind' | 'x' | 'y'> & { parent?: string }>): Board {
  const parsed = parseBoard({ format: 'scaleboard/v1', nodes: nodes.map((n) => ({ label: n.id, ...n })) });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.board;
}

/** Where the canvas draws each node: xyflow adds each `parentId`'s position to the child's. */
function canvasPositions(b: Board): Map<string, { x: number; y: number }> {
  const flow = new Map(toFlowNodes(b.nodes, view).map((n) => [n.id, n]));
  const at = (id: string): { x: number; y: number } => {
    const node = flow.get(id)!;
    const base = node.parentId ? at(node.parentId) : { x: 0, y: 0 };
    return { x: base.x + node.position.x, y: base.y + node.position.y };
  };
  return new Map([...flow.keys()].map((id) => [id, at(id)]));
}

/** Hand-edited files the canvas, the renderer and the rules must read alike. */
const boards = {
  // `a` names a component as its parent; the component sits in a region.
  'a parent that is not a group': board([
    { id: 'r', kind: 'region', x: 100, y: 100 },
    { id: 'c', kind: 'cache', x: 10, y: 10, parent: 'r' },
    { id: 'a', kind: 'database', x: 5, y: 5, parent: 'c' },
  ]),
  // The group `g` sits in the component `c`, which sits in `g`: a loop through a non-group.
  'a loop through a non-group': board([
    { id: 'g', kind: 'region', x: 100, y: 100, parent: 'c' },
    { id: 'c', kind: 'cache', x: 10, y: 10, parent: 'g' },
    { id: 'a', kind: 'database', x: 5, y: 5, parent: 'g' },
  ]),
  'a loop of groups': board([
    { id: 'g', kind: 'region', x: 100, y: 100, parent: 'h' },
    { id: 'h', kind: 'private-network', x: 10, y: 10, parent: 'g' },
    { id: 'a', kind: 'database', x: 5, y: 5, parent: 'h' },
  ]),
};

describe('one parent walk: the canvas, the drop maths, the renderer and the rules agree', () => {
  for (const [name, b] of Object.entries(boards)) {
    it(`places every node where the export draws it: ${name}`, () => {
      const drawn = new Map(boardLayout(b).nodes.map((p) => [p.node.id, { x: p.box.x, y: p.box.y }]));
      const byId = new Map(b.nodes.map((n) => [n.id, n]));
      expect(canvasPositions(b)).toEqual(drawn);
      expect(new Map(b.nodes.map((n) => [n.id, absolutePosition(n.id, byId)]))).toEqual(drawn);
    });
  }

  it('puts a node in the groups it is drawn in, for the rules and the group drop alike', () => {
    const inComponent = boards['a parent that is not a group'];
    const byId = new Map(inComponent.nodes.map((n) => [n.id, n]));
    expect(buildGraph(inComponent).groupsOf('a')).toEqual([]);
    expect(buildGraph(inComponent).groupsOf('c')).toEqual(['region']);
    expect(isInside('a', 'r', byId)).toBe(false);
    const loop = boards['a loop through a non-group'];
    expect(buildGraph(loop).groupsOf('a')).toEqual(['region']);
    expect(buildGraph(boards['a loop of groups']).groupsOf('a')).toEqual([]);
  });
});
