import { useCallback, useMemo } from 'react';
import { addEdge, addNodes, addSketch, deleteElements, docToBoard } from '@scaleboard/board';
import { useBoard } from '../BoardContext';
import type { Selection } from '../canvas/useSelection';
import { newId } from '../canvas/naming';
import { copyFragment, parseFragment, pasteFragment, serializeFragment, type Fragment } from './clipboard';

const STORAGE_KEY = 'scaleboard.clipboard';
const OFFSET = { x: 32, y: 32 };

/** Delete, copy, paste and duplicate the selection — each one undo step; copies get the next free name. */
export function useClipboard(selection: Selection) {
  const { doc, origin, readOnly } = useBoard();

  const insert = useCallback(
    (fragment: Fragment) => {
      const taken = docToBoard(doc).nodes.map((n) => n.label);
      const pasted = pasteFragment(fragment, OFFSET, newId, taken);
      doc.transact(() => {
        addNodes(doc, pasted.nodes, origin);
        for (const edge of pasted.edges) addEdge(doc, edge, origin);
        // Each sketch is checked as it is written (a foreign clipboard may hold anything): a bad one is left out.
        for (const sketch of pasted.sketches ?? []) addSketch(doc, sketch, origin);
      }, origin);
      selection.set(
        pasted.nodes.filter((n) => !n.parent || !pasted.nodes.some((p) => p.id === n.parent)).map((n) => n.id),
        [],
        (pasted.sketches ?? []).map((s) => s.id),
      );
      return pasted;
    },
    [doc, origin, selection],
  );

  const copy = useCallback(() => {
    if (selection.nodes.size === 0 && selection.sketches.size === 0) return;
    const board = docToBoard(doc);
    const text = serializeFragment(copyFragment(selection.nodes, board.nodes, board.edges, selection.sketches, board.sketches));
    localStorage.setItem(STORAGE_KEY, text);
    void navigator.clipboard?.writeText(text).catch(() => undefined);
  }, [doc, selection.nodes, selection.sketches]);

  const paste = useCallback(() => {
    if (readOnly) return;
    const fragment = parseFragment(localStorage.getItem(STORAGE_KEY));
    if (!fragment) return;
    const pasted = insert(fragment);
    // The next paste lands a step further, like a stack of copies.
    localStorage.setItem(STORAGE_KEY, serializeFragment(pasted));
  }, [insert, readOnly]);

  const duplicate = useCallback(() => {
    if (readOnly || (selection.nodes.size === 0 && selection.sketches.size === 0)) return;
    const board = docToBoard(doc);
    insert(copyFragment(selection.nodes, board.nodes, board.edges, selection.sketches, board.sketches));
  }, [doc, insert, readOnly, selection.nodes, selection.sketches]);

  const remove = useCallback(() => {
    if (readOnly || (selection.nodes.size === 0 && selection.edges.size === 0 && selection.sketches.size === 0)) return;
    deleteElements(doc, { nodes: [...selection.nodes], edges: [...selection.edges], sketches: [...selection.sketches] }, origin);
    selection.set([]);
  }, [doc, origin, readOnly, selection]);

  return useMemo(() => ({ copy, paste, duplicate, remove }), [copy, paste, duplicate, remove]);
}
