import type { Board, BoardNode } from '../src/boardSchema';

/**
 * One edit a person makes all day on a big board: props, a label, a move, and the structural ones —
 * `structure` draws an edge from a web server to another cell's cache, `component` adds a web
 * server (no edge yet), `unlink` erases a random edge, `remove` deletes a web server of the
 * generated board with its edges. The two `mid-board` ones add the component or the edge at a random
 * place in the board's lists, as the web's reader does (it keeps them sorted by id, ids are random).
 */
export type BenchEdit = 'instances' | 'hitRatio' | 'label' | 'move' | 'structure' | 'component' | 'unlink' | 'remove' | 'component mid-board' | 'structure mid-board';
export const BENCH_EDITS: readonly BenchEdit[] = ['instances', 'hitRatio', 'label', 'move', 'structure', 'component', 'unlink', 'remove', 'component mid-board', 'structure mid-board'];
/** The edits that change the board's structure. */
export const STRUCTURAL_EDITS: ReadonlySet<BenchEdit> = new Set(['structure', 'component', 'unlink', 'remove', 'component mid-board', 'structure mid-board']);
let added = 0;

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
      return { ...board, edges: [...board.edges, { id: `bench-${board.edges.length}-${added}`, from: from.id, to: to.id, kind: 'sync' }] };
    }
    case 'component':
      return { ...board, nodes: [...board.nodes, { id: `bench-web-${++added}`, kind: 'web-server', label: 'New web', x: 0, y: 0, props: {} }] };
    case 'component mid-board': {
      const at = Math.floor(random() * board.nodes.length);
      const node: BoardNode = { id: `bench-web-${++added}`, kind: 'web-server', label: 'New web', x: 0, y: 0, props: {} };
      return { ...board, nodes: [...board.nodes.slice(0, at), node, ...board.nodes.slice(at)] };
    }
    case 'structure mid-board': {
      const from = board.nodes[pick((n) => n.kind === 'web-server')]!;
      const to = board.nodes[pick((n) => n.kind === 'cache')]!;
      const at = Math.floor(random() * board.edges.length);
      const edge = { id: `bench-${board.edges.length}-${++added}`, from: from.id, to: to.id, kind: 'sync' as const };
      return { ...board, edges: [...board.edges.slice(0, at), edge, ...board.edges.slice(at)] };
    }
    case 'unlink': {
      const at = Math.floor(random() * board.edges.length);
      return { ...board, edges: board.edges.filter((_, i) => i !== at) };
    }
    case 'remove': {
      const gone = board.nodes[pick((n) => n.kind === 'web-server' && !n.id.startsWith('bench-'))]!;
      return { ...board, nodes: board.nodes.filter((n) => n !== gone), edges: board.edges.filter((e) => e.from !== gone.id && e.to !== gone.id) };
    }
  }
}
