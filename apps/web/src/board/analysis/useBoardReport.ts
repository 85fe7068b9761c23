import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
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

function analyse(doc: Y.Doc, board: Board, lang: Lang): BoardAnalysis {
  let entry = lives.get(doc);
  const version = ++versions;
  if (!entry || entry.live.lang !== lang) lives.set(doc, (entry = { live: new LiveAnalysis(board, { lang }), version: -1 }));
  const analysis = computeAnalysis(entry.live, board, lang, version, entry.version);
  entry.version = version;
  return analysis;
}

/**
 * The rules' report on the live document, brought up to date after every transaction that touched
 * the board (local or remote) the next time React reads it. Not debounced: the board's
 * `LiveAnalysis` re-derives only what an edit changed — a props edit on a 10,000-component board
 * in about a millisecond (docs/BENCHMARKS.md). The board comes from the shared incremental reader,
 * which re-reads only what changed and keeps untouched elements the same objects, which is how the
 * live analysis sees what changed.
 */
export function useBoardReport(doc: Y.Doc): BoardAnalysis {
  const reader = boardReaderOf(doc);
  // Findings are said in the reader's language: switching it recomputes them once.
  const lang = useRulesLang();
  return useSyncExternalStore(reader.subscribe, () => {
    const board = reader.read();
    let analysis = analyses.get(board);
    if (!analysis || analysis.lang !== lang) {
      const start = performance.now();
      analyses.set(board, (analysis = analyse(doc, board, lang)));
      // A User Timing entry, so the benchmark (and a person in the Performance panel) sees the rules' share of an edit.
      performance.measure(ANALYSIS_MEASURE, { start, end: performance.now() });
    }
    return analysis;
  });
}
