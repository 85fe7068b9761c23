import type { NodeSummary } from './nodeSummaries';
import { EMPTY_SUMMARY } from './nodeSummaries';

/**
 * Per-node summaries (`shownSummaries`) behind per-node subscriptions, so a recompute of the
 * report wakes only the canvas nodes (and the edges into them) whose summary changed — all of them
 * only when the load overlay is switched.
 *
 * @example const subscribe = store.subscribeTo('cache'); useSyncExternalStore(subscribe, () => store.get('cache'))
 */
export class NodeSummaryStore {
  private summaries: ReadonlyMap<string, NodeSummary> = new Map();
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
    if (summaries === this.summaries && showLoad === this.overlay) return;
    const before = this.summaries;
    const overlaySwitched = showLoad !== this.overlay;
    this.summaries = summaries;
    this.overlay = showLoad;
    for (const [id, forId] of this.listeners) {
      if (!overlaySwitched && before.get(id) === summaries.get(id)) continue;
      for (const listener of [...forId]) listener();
    }
  }
}
