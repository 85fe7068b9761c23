import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import { isGroupKind } from '../kinds';

/**
 * What the rules can see change from one board to the next: `'structure'` when components, groups
 * or edges came or went, a kind, group or edge end changed, or the assumptions did; otherwise the
 * components whose label or props changed, by id (empty when only positions, notes or the title did).
 */
export type BoardChange = 'structure' | Map<string, BoardNode>;

/**
 * Compares two states of a board element by element, in their order. Untouched elements that are
 * the same objects (as the web's BoardReader keeps them) cost one comparison each. Assumes node ids
 * are unique (the caller rebuilds boards that repeat one: which node the graph keeps is then a
 * question only a rebuild answers).
 *
 * @example boardChange(board, { ...board, nodes: board.nodes.map((n) => n.id === 'lb' ? { ...n, x: 40 } : n) }) // Map {}
 */
export function boardChange(before: Board, after: Board): BoardChange {
  if (before.assumptions !== after.assumptions && !sameRecord(before.assumptions, after.assumptions)) return 'structure';
  const changed = new Map<string, BoardNode>();
  if (before.nodes !== after.nodes) {
    if (before.nodes.length !== after.nodes.length) return 'structure';
    for (let i = 0; i < after.nodes.length; i++) {
      const a = before.nodes[i]!;
      const b = after.nodes[i]!;
      if (a === b) continue;
      if (a.id !== b.id || a.kind !== b.kind || a.parent !== b.parent) return 'structure';
      if (a.label === b.label && sameRecord(a.props, b.props)) continue;
      if (b.kind === 'note' || isGroupKind(b.kind)) continue;
      changed.set(b.id, b);
    }
  }
  if (before.edges !== after.edges) {
    if (before.edges.length !== after.edges.length) return 'structure';
    for (let i = 0; i < after.edges.length; i++) if (!sameEnds(before.edges[i]!, after.edges[i]!)) return 'structure';
  }
  return changed;
}

function sameEnds(a: BoardEdge, b: BoardEdge): boolean {
  return a === b || (a.id === b.id && a.from === b.from && a.to === b.to && a.kind === b.kind);
}

function sameRecord(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
