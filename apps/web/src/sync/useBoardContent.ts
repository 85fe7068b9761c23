import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf, readEdge, readNode } from '@scaleboard/board';
import type { BoardEdge, BoardNode } from '@scaleboard/rules';

export interface BoardContent {
  nodes: BoardNode[];
  edges: BoardEdge[];
  title: string;
}

function read(doc: Y.Doc): BoardContent {
  const nodes: BoardNode[] = [];
  nodesOf(doc).forEach((ynode, id) => nodes.push(readNode(id, ynode)));
  const edges: BoardEdge[] = [];
  edgesOf(doc).forEach((yedge, id) => edges.push(readEdge(id, yedge)));
  const title = metaOf(doc).get('title');
  return { nodes, edges, title: typeof title === 'string' ? title : '' };
}

/** The live board content, re-read after every transaction that touched it (local or remote). */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const cache = useRef<{ doc: Y.Doc; content: BoardContent } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => {
        cache.current = null;
        onChange();
      };
      nodesOf(doc).observeDeep(handler);
      edgesOf(doc).observeDeep(handler);
      metaOf(doc).observe(handler);
      return () => {
        nodesOf(doc).unobserveDeep(handler);
        edgesOf(doc).unobserveDeep(handler);
        metaOf(doc).unobserve(handler);
      };
    },
    [doc],
  );
  const snapshot = useCallback(() => {
    if (cache.current?.doc !== doc) cache.current = { doc, content: read(doc) };
    return cache.current.content;
  }, [doc]);
  return useSyncExternalStore(subscribe, snapshot);
}
