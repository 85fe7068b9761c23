import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DrillRecord } from '@scaleboard/protocol';
import type { Board } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { boardReaderOf } from '../../sync/boardReaderOf';
import { computeAnalysis, type BoardAnalysis } from './computeAnalysis';

/** Name of the User Timing measure of one recompute. */
export const ANALYSIS_MEASURE = 'scaleboard:analysis';

const analyses = new WeakMap<Board, BoardAnalysis>();

/**
 * The rules' report on the live document, recomputed after every transaction that touched the
 * board (local or remote) the next time React reads it. Neither memoised per node nor debounced:
 * the benchmark in docs/BENCHMARKS.md shows a full recompute fits in a frame at 1,000 components.
 * The board comes from the shared incremental reader, which re-reads only what changed. While a
 * drill is in play, the report is the drill's simulation (computeAnalysis).
 */
export function useBoardReport(doc: Y.Doc, drill: DrillRecord | null = null): BoardAnalysis {
  const reader = boardReaderOf(doc);
  // Findings are said in the reader's language: switching it recomputes them once.
  const lang = useRulesLang();
  return useSyncExternalStore(reader.subscribe, () => {
    const board = reader.read();
    let analysis = analyses.get(board);
    // A drill starting or ending (or a language switch) recomputes the same board once.
    if (!analysis || analysis.lang !== lang || analysis.drill !== drill) {
      const start = performance.now();
      analyses.set(board, (analysis = computeAnalysis(board, lang, drill)));
      // A User Timing entry, so the benchmark (and a person in the Performance panel) sees the rules' share of an edit.
      performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
    }
    return analysis;
  });
}
