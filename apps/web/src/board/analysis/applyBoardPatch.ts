import type * as Y from 'yjs';
import { addEdge, addNodes, setNodeProp } from '@scaleboard/board';
import type { BoardPatch } from '@scaleboard/rules';

/**
 * Applies a patch in one transaction with the user's origin: one change for the peers, one
 * step for this user's undo (the typed edits nest into the outer transaction).
 */
export function applyBoardPatch(doc: Y.Doc, patch: BoardPatch, origin: object): void {
  doc.transact(() => {
    for (const { node, props } of patch.setProps) for (const [key, value] of Object.entries(props)) setNodeProp(doc, node, key, value, origin);
    addNodes(doc, patch.addNodes, origin);
    for (const edge of patch.addEdges) addEdge(doc, edge, origin);
  }, origin);
}
