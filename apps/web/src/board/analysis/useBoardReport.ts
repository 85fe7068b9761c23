import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { DrillRecord } from '@scaleboard/protocol';
import { useRulesLang } from '../../i18n/rulesLang';
import { boardReaderOf } from '../../sync/boardReaderOf';
import type { BoardAnalysis } from './computeAnalysis';
import { DocumentAnalysis } from './documentAnalysis';

const documents = new WeakMap<Y.Doc, { analysis: DocumentAnalysis; subscribe: (listener: () => void) => () => void }>();

/**
 * The one analysis of a document (`DocumentAnalysis`) and a subscription to what changes its
 * report: the board (local or remote edits) and the canvas showing the board for the first time.
 * It lives as long as its document.
 *
 * @example documentAnalysisOf(doc).analysis.shown()
 */
export function documentAnalysisOf(doc: Y.Doc) {
  let entry = documents.get(doc);
  if (!entry) {
    const reader = boardReaderOf(doc);
    const analysis = new DocumentAnalysis();
    const subscribe = (listener: () => void) => {
      const fromReader = reader.subscribe(listener);
      const fromAnalysis = analysis.subscribe(listener);
      return () => {
        fromReader();
        fromAnalysis();
      };
    };
    documents.set(doc, (entry = { analysis, subscribe }));
  }
  return entry;
}

/**
 * The rules' report on the live document, brought up to date after every transaction that touched
 * the board (local or remote) the next time React reads it. Not debounced: the board's
 * `LiveAnalysis` re-derives only what an edit changed — a props edit on a 10,000-component board
 * in about a millisecond (docs/BENCHMARKS.md). The board comes from the shared incremental reader,
 * which re-reads only what changed and keeps untouched elements the same objects, which is how the
 * live analysis sees what changed. While a drill is in play, the report is the drill's simulation
 * (computeAnalysis), recomputed whole. A big board is pending until the canvas has shown it once
 * (`DocumentAnalysis`).
 */
export function useBoardReport(doc: Y.Doc, drill: DrillRecord | null = null): BoardAnalysis {
  const reader = boardReaderOf(doc);
  const { analysis, subscribe } = documentAnalysisOf(doc);
  // Findings are said in the reader's language: switching it recomputes them once.
  const lang = useRulesLang();
  return useSyncExternalStore(subscribe, () => analysis.analysisOf(reader.read(), lang, drill));
}
