import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DrillRecord } from '@scaleboard/protocol';
import { LiveAnalysis, type Board, type Lang } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { boardReaderOf } from '../../sync/boardReaderOf';
import { computeAnalysis, type BoardAnalysis } from './computeAnalysis';

/** Name of the User Timing measure of one recompute. */
export const ANALYSIS_MEASURE = 'scaleboard:analysis';

const analyses = new WeakMap<Board, BoardAnalysis>();
/** One live analysis per document, in the language its findings are said in, and its last version. */
const lives = new WeakMap<Y.Doc, { live: LiveAnalysis; version: number }>();
let versions = 0;

function analyse(doc: Y.Doc, board: Board, lang: Lang, drill: DrillRecord | null): BoardAnalysis {
  const version = ++versions;
  // A drill's report is its simulation, computed whole: the live analysis stays on the last board
  // as drawn, and the next analysis without a drill is updated from there (its basis is not the
  // drill's version, so the canvas summarises it whole).
  if (drill) return { ...computeAnalysis(board, lang, drill), version };
  let entry = lives.get(doc);
  if (!entry || entry.live.lang !== lang) lives.set(doc, (entry = { live: new LiveAnalysis(board, { lang }), version: -1 }));
  const analysis = computeAnalysis(board, lang, null, { live: entry.live, version, basis: entry.version });
  entry.version = version;
  return analysis;
}

/**
 * The rules' report on the live document, brought up to date after every transaction that touched
 * the board (local or remote) the next time React reads it. Not debounced: the board's
 * `LiveAnalysis` re-derives only what an edit changed — a props edit on a 10,000-component board
 * in about a millisecond (docs/BENCHMARKS.md). The board comes from the shared incremental reader,
 * which re-reads only what changed and keeps untouched elements the same objects, which is how the
 * live analysis sees what changed. While a drill is in play, the report is the drill's simulation
 * (computeAnalysis), recomputed whole.
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
      analyses.set(board, (analysis = analyse(doc, board, lang, drill)));
      // A User Timing entry, so the benchmark (and a person in the Performance panel) sees the rules' share of an edit.
      performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
    }
    return analysis;
  });
}
