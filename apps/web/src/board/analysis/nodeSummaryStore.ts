import type { NodeSummary } from './nodeSummaries';
import { EMPTY_SUMMARY } from './nodeSummaries';

/**
 * Per-node summaries behind a subscription, so a canvas node re-renders only when its own
 * summary (or the load overlay) changes, not on every recompute of the report.
 */
export class NodeSummaryStore {
  private summaries: ReadonlyMap<string, NodeSummary> = new Map();
  private overlay = false;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string): NodeSummary {
    return this.summaries.get(id) ?? EMPTY_SUMMARY;
  }

  get showLoad(): boolean {
    return this.overlay;
  }

  update(summaries: ReadonlyMap<string, NodeSummary>, showLoad: boolean): void {
    if (summaries === this.summaries && showLoad === this.overlay) return;
    this.summaries = summaries;
    this.overlay = showLoad;
    for (const listener of this.listeners) listener();
  }
}
