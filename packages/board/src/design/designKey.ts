import type { Board } from '@scaleboard/rules';
import type { LiveFormat } from './designChanges';

/**
 * What a board says in a format, as one comparable string: the title, and every element's fields the
 * format writes — the text format: assumptions, ids, kinds, labels, groups, props and connection ids;
 * Mermaid: ids, kinds, labels, groups and each connection's ends, kind and label. Order and
 * positions are left out, so two boards with the same key are written as the same design. The live
 * text panel rewrites a person's text only when the board's key changed, not when the document
 * merely holds the elements in another order or someone moved one.
 *
 * @example designKey(board, 'mermaid') === designKey(moved, 'mermaid') // true
 */
export function designKey(board: Board, format: LiveFormat): string {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodes = [...board.nodes].sort(byId).map((node) => [node.id, node.kind, node.label, node.parent ?? null, format === 'text' ? node.props : null]);
  const edges =
    format === 'text'
      ? [...board.edges].sort(byId).map((edge) => [edge.id, edge.from, edge.to, edge.kind ?? 'sync', edge.label ?? null])
      : board.edges.map((edge) => JSON.stringify([edge.from, edge.to, edge.kind ?? 'sync', edge.label ?? null])).sort();
  return JSON.stringify([board.title ?? null, format === 'text' ? board.assumptions : null, nodes, edges]);
}
