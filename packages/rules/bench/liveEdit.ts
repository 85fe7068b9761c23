import type { Board, BoardNode } from '../src/boardSchema';

/** One edit a person makes all day on a big board; `structure` adds an edge (a rebuild for now). */
export type BenchEdit = 'instances' | 'hitRatio' | 'label' | 'move' | 'structure';
export const BENCH_EDITS: readonly BenchEdit[] = ['instances', 'hitRatio', 'label', 'move', 'structure'];

/**
 * The board after one edit of `kind` on a random node, as the web's reader makes it: untouched
 * nodes and edges stay the same objects.
 *
 * @example editBoard(board, 'instances', seededRandom(1))
 */
export function editBoard(board: Board, kind: BenchEdit, random: () => number): Board {
  const pick = (want: (n: BoardNode) => boolean): number => {
    for (;;) {
      const i = Math.floor(random() * board.nodes.length);
      if (want(board.nodes[i]!)) return i;
    }
  };
  const replace = (i: number, make: (n: BoardNode) => BoardNode): Board => {
    const nodes = board.nodes.slice();
    nodes[i] = make(nodes[i]!);
    return { ...board, nodes };
  };
  switch (kind) {
    case 'instances':
      return replace(pick((n) => n.kind === 'web-server' || n.kind === 'database'), (n) => ({ ...n, props: { ...n.props, instances: 1 + Math.floor(random() * 4) } }));
    case 'hitRatio':
      return replace(pick((n) => n.kind === 'cache'), (n) => ({ ...n, props: { ...n.props, hitRatio: Math.round(random() * 100) / 100 } }));
    case 'label':
      return replace(pick(() => true), (n) => ({ ...n, label: `${n.label}'` }));
    case 'move':
      return replace(pick(() => true), (n) => ({ ...n, x: n.x + 16 }));
    case 'structure': {
      const from = board.nodes[pick((n) => n.kind === 'web-server')]!;
      const to = board.nodes[pick((n) => n.kind === 'cache')]!;
      return { ...board, edges: [...board.edges, { id: `bench-${board.edges.length}`, from: from.id, to: to.id, kind: 'sync' }] };
    }
  }
}
