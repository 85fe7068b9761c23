import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { metaOf, type DocReading, type UnknownNode } from '@scaleboard/board';
import type { BoardEdge, BoardNode, BoardSketch } from '@scaleboard/rules';
import { boardReaderOf } from './boardReaderOf';

export interface BoardContent {
  /** Sorted by id, as in every board read from the document. */
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Pen strokes and sketch shapes, sorted by id. */
  sketches: BoardSketch[];
  /** Nodes the board leaves out (an unknown kind, bad fields): the canvas shows them as plain boxes. */
  unknownNodes: UnknownNode[];
  /** Empty when the document has none yet (the board's file title would say "Untitled board"). */
  title: string;
}

/** One empty list, so a board without sketches keeps the same content across edits. */
const NO_SKETCHES: BoardSketch[] = [];
const contents = new WeakMap<DocReading, BoardContent>();

/**
 * The live board content, re-read after every transaction that touched it (local or remote).
 * Only what a change touched is read again (BoardReader): the same content object while nothing
 * changed, the same node, edge and list objects where nothing changed.
 */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const reader = boardReaderOf(doc);
  return useSyncExternalStore(reader.subscribe, () => {
    const reading = reader.reading();
    let content = contents.get(reading);
    if (!content) {
      const { board, unknownNodes } = reading;
      const title = metaOf(doc).get('title');
      content = { nodes: board.nodes, edges: board.edges, sketches: board.sketches ?? NO_SKETCHES, unknownNodes, title: typeof title === 'string' ? title : '' };
      contents.set(reading, content);
    }
    return content;
  });
}
