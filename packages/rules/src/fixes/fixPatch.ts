import type { BoardEdge, BoardNode } from '../boardSchema';
import type { Board } from '../boardSchema';
import type { NodeKind } from '../kinds';
import { REDUNDANT_INSTANCES, type MechanicalFix } from './mechanicalFix';

/** Edits that make one change to a board: props to set, nodes and edges to add. */
export interface BoardPatch {
  setProps: Array<{ node: string; props: Record<string, unknown> }>;
  addNodes: BoardNode[];
  addEdges: BoardEdge[];
}

/** Names a new node: the caller knows the ids in use and the user's language. */
export type NameNode = (kind: NodeKind) => { id: string; label: string; edgeId: string };

/** Where a new node goes next to the one it helps: below it, in the same group. */
const BELOW = { x: 0, y: 112 };
const BESIDE_BELOW = { x: 224, y: 112 };

function near(node: BoardNode, offset: { x: number; y: number }): Pick<BoardNode, 'x' | 'y' | 'parent'> {
  return { x: node.x + offset.x, y: node.y + offset.y, ...(node.parent ? { parent: node.parent } : {}) };
}

/**
 * The edits a mechanical fix stands for, applied by the caller in one transaction (one undo step).
 *
 * @example
 * fixPatch({ action: 'add-replica', node: 'db' }, board, name)
 * // { setProps: [], addNodes: [{ kind: 'database', props: { role: 'replica' }, … }], addEdges: [{ from: 'db', to: …, kind: 'replication' }] }
 */
export function fixPatch(fix: MechanicalFix, board: Board, name: NameNode): BoardPatch {
  const patch: BoardPatch = { setProps: [], addNodes: [], addEdges: [] };
  const node = board.nodes.find((n) => n.id === fix.node);
  if (!node) return patch;
  switch (fix.action) {
    case 'raise-instances':
      patch.setProps.push({ node: node.id, props: { instances: fix.instances } });
      break;
    case 'set-ttl':
      patch.setProps.push({ node: node.id, props: { ttlSeconds: fix.ttlSeconds } });
      break;
    case 'add-replica': {
      const { id, label, edgeId } = name('database');
      const engine = node.props.engine;
      patch.addNodes.push({ id, kind: 'database', label, ...near(node, BELOW), props: { role: 'replica', ...(engine !== undefined ? { engine } : {}) } });
      patch.addEdges.push({ id: edgeId, from: node.id, to: id, kind: 'replication' });
      break;
    }
    case 'add-session-store': {
      patch.setProps.push({ node: node.id, props: { stateful: false } });
      let store = fix.store;
      if (store === null) {
        const named = name('session-store');
        store = named.id;
        patch.addNodes.push({ id: store, kind: 'session-store', label: named.label, ...near(node, BESIDE_BELOW), props: { instances: REDUNDANT_INSTANCES } });
        patch.addEdges.push({ id: named.edgeId, from: node.id, to: store, kind: 'sync' });
      } else if (!board.edges.some((e) => e.from === node.id && e.to === store)) {
        patch.addEdges.push({ id: name('session-store').edgeId, from: node.id, to: store, kind: 'sync' });
      }
      break;
    }
  }
  return patch;
}

/**
 * The board with a patch applied, for checking a fix without a live document.
 *
 * @example applyPatch(board, fixPatch(fix, board, name)).nodes.length
 */
export function applyPatch(board: Board, patch: BoardPatch): Board {
  const props = new Map(patch.setProps.map((p) => [p.node, p.props]));
  return {
    ...board,
    nodes: [...board.nodes.map((n) => (props.has(n.id) ? { ...n, props: { ...n.props, ...props.get(n.id) } } : n)), ...patch.addNodes],
    edges: [...board.edges, ...patch.addEdges],
  };
}
