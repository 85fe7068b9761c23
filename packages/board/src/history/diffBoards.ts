import type { Board } from '@scaleboard/rules';
import { sameJson } from './sameJson';

/** Ids of the elements of one list (nodes or edges) that one board added, removed and changed. */
export interface ElementDiff {
  added: string[];
  removed: string[];
  /** Same id in both, any field different: kind, label, position, parent, a prop… */
  changed: string[];
}

/** What changed from one board to another, nodes and edges apart: what the history panel highlights. */
export interface BoardDiff {
  nodes: ElementDiff;
  edges: ElementDiff;
}

/**
 * Which nodes and edges were added, removed and changed from `before` to `after`, each list
 * sorted by id. Linear in the boards' sizes: one map per list, and boards read from a document
 * come sorted by id, which the final sort passes over once.
 *
 * @example diffBoards(version, docToBoard(doc)).nodes.added // ['cache'] — added since that version
 */
export function diffBoards(before: Board, after: Board): BoardDiff {
  return { nodes: diffElements(before.nodes, after.nodes), edges: diffElements(before.edges, after.edges) };
}

function diffElements(before: ReadonlyArray<{ id: string }>, after: ReadonlyArray<{ id: string }>): ElementDiff {
  const was = new Map(before.map((element) => [element.id, element]));
  const is = new Set(after.map((element) => element.id));
  const added: string[] = [];
  const changed: string[] = [];
  for (const element of after) {
    const old = was.get(element.id);
    if (old === undefined) added.push(element.id);
    else if (!sameJson(old, element)) changed.push(element.id);
  }
  const removed = before.filter((element) => !is.has(element.id)).map((element) => element.id);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
