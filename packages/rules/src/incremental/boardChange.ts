import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import type { GraphEdit } from '../graph/boardGraph';
import { isGroupKind } from '../kinds';

/** What changed that the live analysis patches: the structural edits, then the components whose label or props changed. */
export interface BoardEdits {
  /** In the order to apply them: components removed, components added, edges removed, edges added. */
  structure: GraphEdit[];
  /** Components whose label or props changed, by id (empty when only positions, notes or the title did). */
  props: Map<string, BoardNode>;
}

/**
 * What the rules can see change from one board to the next: `'structure'` when the change is one
 * the live analysis rebuilds for (a kind, group or edge end changed, a group or note came or went,
 * elements reordered, an id repeated, the assumptions changed); otherwise the structural edits it
 * patches (components and edges added — at the end or anywhere between — or removed) and the
 * components whose label or props changed.
 */
export type BoardChange = 'structure' | BoardEdits;

/** More structural edits than this in one update are rebuilt: a paste or an undo of many. */
const MAX_STRUCTURAL_EDITS = 8;

/**
 * Compares two states of a board element by element, in their order. Untouched elements that are
 * the same objects (as the web's BoardReader keeps them) cost one comparison each. Assumes node ids
 * are unique in `before` (the caller rebuilds boards that repeat one: which node the graph keeps is
 * then a question only a rebuild answers).
 *
 * @example boardChange(board, { ...board, nodes: board.nodes.map((n) => n.id === 'lb' ? { ...n, x: 40 } : n) }) // { structure: [], props: Map {} }
 */
export function boardChange(before: Board, after: Board): BoardChange {
  if (before.assumptions !== after.assumptions && !sameRecord(before.assumptions, after.assumptions)) return 'structure';
  const props = new Map<string, BoardNode>();
  const removedNodes: GraphEdit[] = [];
  const addedNodes: GraphEdit[] = [];
  if (before.nodes !== after.nodes) {
    const a = before.nodes;
    const b = after.nodes;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x && y && x.id === y.id) {
        if (x !== y) {
          if (x.kind !== y.kind || x.parent !== y.parent) return 'structure';
          if (!(x.label === y.label && sameRecord(x.props, y.props)) && isComponent(y)) props.set(y.id, y);
        }
        i++;
        j++;
      } else if (x && (!y || a[i + 1]?.id === y.id || a[i + 1]?.id === b[j + 1]?.id || (a.length - i > b.length - j && b[j + 1]?.id !== x.id))) {
        // `x` is gone: the next one is where `y` is, or `y` took its place, or there are more left before than after.
        if (!isComponent(x)) return 'structure';
        removedNodes.push({ type: 'removeComponent', id: x.id });
        i++;
      } else if (y && (i >= a.length || b[j + 1]?.id === x?.id)) {
        // Added at the end, or before the one that was next (the web's reader keeps the board sorted
        // by id, so a new shape usually lands in the middle): the graph puts it in the same place.
        if (!isComponent(y)) return 'structure';
        addedNodes.push(i >= a.length ? { type: 'addComponent', node: y } : { type: 'addComponent', node: y, place: { list: b, index: j } });
        j++;
      } else return 'structure';
      if (removedNodes.length + addedNodes.length > MAX_STRUCTURAL_EDITS) return 'structure';
    }
  }
  const removedEdges: GraphEdit[] = [];
  const addedEdges: GraphEdit[] = [];
  if (before.edges !== after.edges) {
    const a = before.edges;
    const b = after.edges;
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
      const x = a[i];
      const y = b[j];
      if (x && y && x.id === y.id) {
        if (!sameEnds(x, y)) return 'structure';
        i++;
        j++;
      } else if (x && (!y || a[i + 1]?.id === y.id || a[i + 1]?.id === b[j + 1]?.id || (a.length - i > b.length - j && b[j + 1]?.id !== x.id))) {
        removedEdges.push({ type: 'removeEdge', edge: x });
        i++;
      } else if (y && (i >= a.length || b[j + 1]?.id === x?.id)) {
        addedEdges.push(i >= a.length ? { type: 'addEdge', edge: y } : { type: 'addEdge', edge: y, place: { list: b, index: j } });
        j++;
      } else return 'structure';
      if (removedEdges.length + addedEdges.length + removedNodes.length + addedNodes.length > MAX_STRUCTURAL_EDITS) return 'structure';
    }
  }
  const structure = [...removedNodes, ...addedNodes, ...removedEdges, ...addedEdges];
  if (addedNodes.length > 0 && !newComponentsAlone(after, addedNodes, removedEdges, addedEdges)) return 'structure';
  return { structure, props };
}

/**
 * Whether the components added are new ids with no edge but those added in this change: a board
 * edge left dangling when a component was removed would attach to one that comes back under its
 * id, in the middle of the board's edges, which only a rebuild orders right.
 */
function newComponentsAlone(after: Board, added: readonly GraphEdit[], removedEdges: readonly GraphEdit[], addedEdges: readonly GraphEdit[]): boolean {
  const ids = new Set(added.map((edit) => (edit.type === 'addComponent' ? edit.node.id : '')));
  const fresh = new Set(addedEdges.map((edit) => (edit.type === 'addEdge' ? edit.edge : null)));
  if (removedEdges.length > 0 && addedEdges.length > 0) return false;
  for (const edge of after.edges) if ((ids.has(edge.from) || ids.has(edge.to)) && !fresh.has(edge)) return false;
  return true;
}

function isComponent(node: BoardNode): boolean {
  return node.kind !== 'note' && !isGroupKind(node.kind);
}

function sameEnds(a: BoardEdge, b: BoardEdge): boolean {
  return a === b || (a.id === b.id && a.from === b.from && a.to === b.to && a.kind === b.kind);
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
