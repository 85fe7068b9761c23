import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import type { DrillRecord } from '@scaleboard/protocol';
import { AnalysisContext, BoardShownContext, NodeSummaryContext, type AnalysisContextValue, type InspectorTab } from './AnalysisContext';
import { shownSummaries, touchedSince, type NodeSummary } from './nodeSummaries';
import { NodeSummaryStore } from './nodeSummaryStore';
import { documentAnalysisOf, useBoardReport } from './useBoardReport';
import { isNarrowWindow } from '../../ui/narrowWindow';

interface AnalysisProviderProps {
  doc: Y.Doc;
  /** The what-if drill in play, if any: the report is then its simulation. */
  drill: DrillRecord | null;
  /** Sees only its nodes' summaries (NodeSummaryContext), never the whole report: see below. */
  canvas: ReactNode;
  /** The inspector, toolbars and panels: they read the whole report (AnalysisContext). */
  children: ReactNode;
}

/**
 * Runs the rules on the live document and shares the result with the inspector and the canvas.
 *
 * The canvas sits beside the report's provider, not inside it: the report is a new value on every
 * edit, and React looks for its readers through the whole subtree under a changed provider — on a
 * 1,000-component board the canvas is tens of thousands of fibers, about 7 ms of every edit
 * (docs/BENCHMARKS.md). Canvas nodes subscribe to their own summary in the store instead.
 */
export function AnalysisProvider({ doc, drill, canvas, children }: AnalysisProviderProps) {
  const analysis = useBoardReport(doc, drill);
  const [showLoad, setShowLoad] = useState(false);
  // A drill that starts shows its load: where the traffic went is half of what it teaches.
  const drillStart = drill?.startedAt ?? null;
  useEffect(() => {
    if (drillStart !== null) setShowLoad(true);
  }, [drillStart]);
  const [inspectorOpen, setInspectorOpen] = useState(() => !isNarrowWindow());
  const [tab, setTab] = useState<InspectorTab>('properties');
  const [store] = useState(() => new NodeSummaryStore());
  const previous = useRef<{ summaries: ReadonlyMap<string, NodeSummary>; version: number; showLoad: boolean }>({ summaries: new Map(), version: -1, showLoad });
  const summaries = useMemo(() => {
    const before = previous.current;
    // Only the nodes the live analysis touched, when the summaries shown are of the analysis it updated.
    return shownSummaries(analysis, showLoad, before.summaries, touchedSince(analysis, before, showLoad));
  }, [analysis, showLoad]);
  // Before paint, so badges and the overlay change in the same frame as the edit.
  useLayoutEffect(() => {
    previous.current = { summaries, version: analysis.version, showLoad };
    store.update(summaries, showLoad);
  }, [store, summaries, showLoad, analysis.version]);
  const openTab = useCallback((next: InspectorTab) => {
    setTab(next);
    setInspectorOpen(true);
  }, []);
  const value = useMemo<AnalysisContextValue>(
    () => ({ analysis, showLoad, setShowLoad, inspectorOpen, setInspectorOpen, tab, openTab }),
    [analysis, showLoad, inspectorOpen, tab, openTab],
  );
  return (
    <NodeSummaryContext.Provider value={store}>
      <BoardShownContext.Provider value={documentAnalysisOf(doc).analysis.shown}>{canvas}</BoardShownContext.Provider>
      <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>
    </NodeSummaryContext.Provider>
  );
}
