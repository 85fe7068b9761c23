import type { NodeSummary } from './nodeSummaries';
import { EMPTY_SUMMARY } from './nodeSummaries';

/**
 * Per-node summaries as the canvas shows them, behind per-node subscriptions, so a recompute of
 * the report wakes only the canvas nodes (and the edges into them) whose visible summary changed —
 * all of them only when the load overlay is switched. With the overlay off the load is not shown,
 * so it is left out and a change of load alone (what most property edits cause) wakes nobody.
 * Each woken node costs more than itself: React then visits all 3,400 siblings in xyflow's node
 * and edge lists, about 2 ms an edit on a 1,000-component board (docs/BENCHMARKS.md).
 *
 * @example const subscribe = store.subscribeTo('cache'); useSyncExternalStore(subscribe, () => store.get('cache'))
 */
export class NodeSummaryStore {
  /** What the canvas shows: without the load while the overlay is off. */
  private summaries: ReadonlyMap<string, NodeSummary> = new Map();
  private latest: ReadonlyMap<string, NodeSummary> = new Map();
  private overlay = false;
  private readonly listeners = new Map<string, Set<() => void>>();

  /** A subscribe function for one node's summary (and the overlay switch). */
  subscribeTo(id: string): (listener: () => void) => () => void {
    return (listener) => {
      let forId = this.listeners.get(id);
      if (!forId) this.listeners.set(id, (forId = new Set()));
      forId.add(listener);
      return () => {
        forId.delete(listener);
        if (forId.size === 0 && this.listeners.get(id) === forId) this.listeners.delete(id);
      };
    };
  }

  get(id: string): NodeSummary {
    return this.summaries.get(id) ?? EMPTY_SUMMARY;
  }

  get showLoad(): boolean {
    return this.overlay;
  }

  /** Summaries that did not change must keep their identity (see `summarise`): only changed ones wake their nodes. */
  update(summaries: ReadonlyMap<string, NodeSummary>, showLoad: boolean): void {
    if (summaries === this.latest && showLoad === this.overlay) return;
    const before = this.summaries;
    const overlaySwitched = showLoad !== this.overlay;
    const shown = new Map<string, NodeSummary>();
    for (const [id, summary] of summaries) shown.set(id, showLoad ? summary : withoutLoad(summary, before.get(id)));
    this.latest = summaries;
    this.summaries = shown;
    this.overlay = showLoad;
    for (const [id, forId] of this.listeners) {
      if (!overlaySwitched && before.get(id) === shown.get(id)) continue;
      for (const listener of [...forId]) listener();
    }
  }
}

/** The summary without its load; the one shown before when that is the same. */
function withoutLoad(summary: NodeSummary, before: NodeSummary | undefined): NodeSummary {
  if (summary.qps === null && summary.utilization === null) return summary;
  if (
    before &&
    before.qps === null &&
    before.utilization === null &&
    before.severity === summary.severity &&
    before.titles.length === summary.titles.length &&
    before.titles.every((title, i) => title === summary.titles[i])
  ) {
    return before;
  }
  return { ...summary, qps: null, utilization: null };
}
