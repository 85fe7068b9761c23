import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { BoardAnalysis } from './computeAnalysis';
import type { NodeSummary } from './nodeSummaries';
import { NodeSummaryStore } from './nodeSummaryStore';

export type InspectorTab = 'properties' | 'findings' | 'estimate';

/** The live report and the analysis UI state shared by the inspector and the toolbar. */
export interface AnalysisContextValue {
  analysis: BoardAnalysis;
  showLoad: boolean;
  setShowLoad: (show: boolean) => void;
  inspectorOpen: boolean;
  setInspectorOpen: (open: boolean) => void;
  tab: InspectorTab;
  /** Switches tab and opens the inspector. */
  openTab: (tab: InspectorTab) => void;
}

export const AnalysisContext = createContext<AnalysisContextValue | null>(null);
/** Stable for the board's lifetime: nodes subscribe to their own summary through it. */
export const NodeSummaryContext = createContext<NodeSummaryStore>(new NodeSummaryStore());

/**
 * What the canvas calls once it has drawn the board (its cards or its level-of-detail picture): a
 * big board's analysis waits for it (documentAnalysis.ts). Stable for the board's lifetime.
 */
export const BoardShownContext = createContext<() => void>(() => undefined);

export function useAnalysis(): AnalysisContextValue {
  const value = useContext(AnalysisContext);
  if (!value) throw new Error('useAnalysis outside <AnalysisProvider>');
  return value;
}

/** One node's findings and load, and whether the load overlay is on. */
export function useNodeSummary(id: string): { summary: NodeSummary; showLoad: boolean } {
  const store = useContext(NodeSummaryContext);
  const subscribe = useMemo(() => store.subscribeTo(id), [store, id]);
  const summary = useSyncExternalStore(subscribe, () => store.get(id));
  const showLoad = useSyncExternalStore(subscribe, () => store.showLoad);
  return { summary, showLoad };
}
