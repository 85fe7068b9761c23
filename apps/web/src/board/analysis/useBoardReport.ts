import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { docToBoard, edgesOf, metaOf, nodesOf } from '@scaleboard/board';
import { computeAnalysis, type BoardAnalysis } from './computeAnalysis';

/** Name of the User Timing measure of one recompute. */
export const ANALYSIS_MEASURE = 'scaleboard:analysis';

/**
 * The rules' report on the live document, recomputed after every transaction that touched the
 * board (local or remote) the next time React reads it. Neither memoised per node nor debounced:
 * the benchmark in docs/BENCHMARKS.md shows a full recompute fits in a frame at 1,000 components.
 */
export function useBoardReport(doc: Y.Doc): BoardAnalysis {
  const cache = useRef<{ doc: Y.Doc; analysis: BoardAnalysis } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = () => {
        cache.current = null;
        onChange();
      };
      // Deep on meta too: the assumptions are a nested map.
      const maps = [nodesOf(doc), edgesOf(doc), metaOf(doc)];
      for (const map of maps) map.observeDeep(handler);
      return () => {
        for (const map of maps) map.unobserveDeep(handler);
      };
    },
    [doc],
  );
  const snapshot = useCallback(() => {
    if (cache.current?.doc !== doc) {
      const start = performance.now();
      cache.current = { doc, analysis: computeAnalysis(docToBoard(doc)) };
      // A User Timing entry, so the benchmark (and a person in the Performance panel) sees the rules' share of an edit.
      performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
    }
    return cache.current.analysis;
  }, [doc]);
  return useSyncExternalStore(subscribe, snapshot);
}
