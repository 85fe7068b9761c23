import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, type EdgeKind } from '../kinds';
import { anyBoard, boardOf } from '../testing/anyBoard';
import { buildGraph, withoutNodes, type BoardGraph } from './boardGraph';
import { sources, targets } from './paths';

const MASKS: EdgeKind[][] = [['sync'], ['async'], ['replication'], ['sync', 'async'], ['sync', 'replication'], ['async', 'replication'], [...EDGE_KINDS]];

/** What a reader of the graph can see: nodes, edges, and every neighbour list. */
function view(graph: BoardGraph) {
  return [...graph.nodes.keys()].map((id) => ({
    id,
    out: graph.out.get(id)?.map((e) => e.id),
    in: graph.in.get(id)?.map((e) => e.id),
    neighbours: MASKS.map((kinds) => [targets(graph, id, kinds).map((n) => n.id), sources(graph, id, kinds).map((n) => n.id)]),
    kind: graph.hasKind(graph.nodes.get(id)!.kind),
  }));
}

describe('withoutNodes', { timeout: 60_000 }, () => {
  it('reads the same as indexing the board without those nodes', () => {
    fc.assert(fc.property(anyBoard, fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']), (raw, removed) => {
      const board = boardOf(raw);
      const full = buildGraph(board);
      // Read some neighbours first, so merged lists cached in the shared slots are exercised too.
      for (const id of full.nodes.keys()) targets(full, id, ['sync', 'async']);
      const cut = withoutNodes(full, new Set(removed));
      const rebuilt = buildGraph({ ...board, nodes: board.nodes.filter((n) => !removed.includes(n.id)) });
      expect(view(cut)).toEqual(view(rebuilt));
      expect(cut.edges.map((e) => e.id)).toEqual(rebuilt.edges.map((e) => e.id));
      expect([...full.nodes.values()].every((n) => cut.hasKind(n.kind) === rebuilt.hasKind(n.kind))).toBe(true);
    }), { numRuns: 300 });
  });
});
