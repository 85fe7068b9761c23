import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf } from '@scaleboard/board';
import { BoardContentReader, type BoardContent } from './BoardContentReader';

export type { BoardContent } from './BoardContentReader';

/** The live board content, re-read after every transaction that touched it (local or remote). */
export function useBoardContent(doc: Y.Doc): BoardContent {
  const reader = useMemo(() => new BoardContentReader(doc), [doc]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const onNodes = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
        reader.nodesChanged(events);
        onChange();
      };
      const onEdges = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
        reader.edgesChanged(events);
        onChange();
      };
      const onMeta = () => {
        reader.metaChanged();
        onChange();
      };
      // Whatever changed before this subscription was not observed.
      reader.invalidate();
      nodesOf(doc).observeDeep(onNodes);
      edgesOf(doc).observeDeep(onEdges);
      metaOf(doc).observe(onMeta);
      return () => {
        nodesOf(doc).unobserveDeep(onNodes);
        edgesOf(doc).unobserveDeep(onEdges);
        metaOf(doc).unobserve(onMeta);
      };
    },
    [doc, reader],
  );
  return useSyncExternalStore(subscribe, () => reader.read());
}
