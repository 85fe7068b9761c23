import { costReportOf, monthlyOf, roundCents, type CostReport } from '../cost/cost';
import type { Estimate } from '../estimate/estimate';
import type { LoadMap } from '../findings/finding';
import type { BoardGraph } from '../graph/boardGraph';

/**
 * `costOfGraph` kept up to date between edits: each component's unrounded monthly cost is kept in
 * board order, only the components edited or whose load changed are priced again, and the total is
 * summed again over the kept figures in board order — the same additions in the same order as the
 * whole pass, so the same number to the last bit, for one addition per component instead of
 * pricing each. `perNode` is updated in place, as the live load is.
 */
export class LiveCost {
  private readonly ids: string[] = [];
  private readonly usd: number[] = [];
  private readonly index = new Map<string, number>();
  private objectStores = 0;
  /** The object stores' ids: they share the media kept, so one coming or going reprices the others. */
  private readonly stores = new Set<string>();
  private current: CostReport;

  constructor(
    private readonly graph: BoardGraph,
    private readonly est: Estimate,
    private readonly load: () => LoadMap,
  ) {
    for (const node of graph.nodes.values()) if (node.kind === 'object-storage') this.stores.add(node.id);
    this.objectStores = this.stores.size;
    const perNode: Record<string, number> = {};
    for (const node of graph.nodes.values()) {
      const usd = monthlyOf(node, est, load(), this.objectStores);
      this.index.set(node.id, this.ids.length);
      this.ids.push(node.id);
      this.usd.push(usd);
      perNode[node.id] = roundCents(usd);
    }
    this.current = costReportOf(this.total(), est, perNode);
  }

  get cost(): CostReport {
    return this.current;
  }

  /**
   * Prices again the components given (their GraphNodes and loads already up to date). Returns
   * whether the report changed; when it did, `cost` is a new object.
   *
   * @example live.update(['web1', 'lb']) // true after web1's instances changed
   */
  update(changed: Iterable<string>): boolean {
    let any = false;
    const perNode = this.current.perNode;
    for (const id of changed) {
      const at = this.index.get(id);
      if (at === undefined) continue;
      const usd = monthlyOf(this.graph.nodes.get(id)!, this.est, this.load(), this.objectStores);
      if (Object.is(usd, this.usd[at])) continue;
      this.usd[at] = usd;
      perNode[id] = roundCents(usd);
      any = true;
    }
    if (!any) return false;
    const next = costReportOf(this.total(), this.est, perNode);
    this.current = next;
    return true;
  }

  /**
   * Takes in components added or removed (the graph already edited; `inserted` when one came in
   * before the board's last component); prices the added ones and,
   * when object stores came or went (they share the media kept), every object store. A removed
   * component's figure becomes 0 in place, so the sum over the rest is the same number.
   *
   * Returns the components priced again.
   *
   * @example live.restructure(['web-new'], []) // ['web-new']
   */
  restructure(added: readonly string[], removed: readonly string[], inserted = false): string[] {
    if (added.length === 0 && removed.length === 0) return [];
    for (const id of removed) {
      const at = this.index.get(id);
      if (at === undefined) continue;
      this.index.delete(id);
      this.usd[at] = 0;
      this.stores.delete(id);
      delete this.current.perNode[id];
    }
    for (const id of added) {
      if (this.graph.nodes.get(id)!.kind === 'object-storage') this.stores.add(id);
      this.index.set(id, this.ids.length);
      this.ids.push(id);
      this.usd.push(0);
    }
    // A component that came in before the last one: the figures are put in board order again (a
    // removed one's 0 left out changes no sum).
    if (inserted) {
      const usd = this.usd.slice();
      this.ids.length = 0;
      this.usd.length = 0;
      for (const id of this.graph.nodes.keys()) {
        const at = this.index.get(id);
        this.index.set(id, this.ids.length);
        this.ids.push(id);
        this.usd.push(at === undefined ? 0 : usd[at]!);
      }
    }
    const reprice = [...added];
    if (this.stores.size !== this.objectStores) {
      this.objectStores = this.stores.size;
      for (const id of this.stores) reprice.push(id);
    }
    for (const id of reprice) {
      const at = this.index.get(id)!;
      const usd = monthlyOf(this.graph.nodes.get(id)!, this.est, this.load(), this.objectStores);
      this.usd[at] = usd;
      this.current.perNode[id] = roundCents(usd);
    }
    this.current = costReportOf(this.total(), this.est, this.current.perNode);
    return reprice;
  }

  private total(): number {
    let total = 0;
    for (const usd of this.usd) total += usd;
    return total;
  }
}
