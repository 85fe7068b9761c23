import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { metaOf } from '@scaleboard/board';
import type { Board, BoardEdge, BoardNode } from '@scaleboard/rules';
import { boardReaderOf } from './boardReaderOf';

export interface BoardContent {
  /** Sorted by id, as in every board read from the document. */
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Empty when the document has none yet (the board's file title would say "Untitled board"). */
  title: string;
}

const contents = new WeakMap<Board, BoardContent>();

/**
 * The live board content, re-read after every transaction that touched it (local or remote).
 * Only what a change touched is read again (BoardReader): the same content object while nothing
 * changed, the same node, edge and list objects where nothing changed.
 */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const reader = boardReaderOf(doc);
  return useSyncExternalStore(reader.subscribe, () => {
    const board = reader.read();
    let content = contents.get(board);
    if (!content) {
      const title = metaOf(doc).get('title');
      contents.set(board, (content = { nodes: board.nodes, edges: board.edges, title: typeof title === 'string' ? title : '' }));
    }
    return content;
  });
}
