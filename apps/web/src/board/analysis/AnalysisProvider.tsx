import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { AnalysisContext, NodeSummaryContext, type AnalysisContextValue, type InspectorTab } from './AnalysisContext';
import { summarise, type NodeSummary } from './nodeSummaries';
import { NodeSummaryStore } from './nodeSummaryStore';
import { useBoardReport } from './useBoardReport';

/** Runs the rules on the live document and shares the result with the inspector and the canvas. */
export function AnalysisProvider({ doc, children }: { doc: Y.Doc; children: ReactNode }) {
  const analysis = useBoardReport(doc);
  const [showLoad, setShowLoad] = useState(false);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [tab, setTab] = useState<InspectorTab>('properties');
  const [store] = useState(() => new NodeSummaryStore());
  const previous = useRef<ReadonlyMap<string, NodeSummary>>(new Map());
  const summaries = useMemo(() => summarise(analysis.findings, analysis.load, previous.current), [analysis]);
  // Before paint, so badges and the overlay change in the same frame as the edit.
  useLayoutEffect(() => {
    previous.current = summaries;
    store.update(summaries, showLoad);
  }, [store, summaries, showLoad]);
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
      <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>
    </NodeSummaryContext.Provider>
  );
}
