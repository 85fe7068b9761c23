import type { Estimate } from '../estimate/estimate';
import type { LoadMap, NodeLoad } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { seedTraffic, utilization } from '../load/propagate';
import { route } from '../load/route';
import type { Traffic } from '../load/traffic';
import { LiveFlowOrder } from './liveFlowOrder';
import { MinHeap } from './minHeap';

/** One call of `route`'s emitter: what one node sent another. */
interface Emission {
  read: number;
  write: number;
  lookup: boolean;
}
/** What one node sent, per receiving node, in the order it was sent. */
type Sent = Map<string, Emission[]>;

const NOTHING_SENT: Sent = new Map();

/**
 * `propagateGraph` kept up to date between edits of props: after an edit, only the nodes whose
 * traffic (or whose targets) changed are routed again, in flow order, and a node's traffic is
 * summed again only when something it receives changed.
 *
 * Every sum is taken in the same order as `propagateGraph` takes it (senders in flow order, each
 * sender's emissions in the order it sent them), so the loads are the same numbers to the last
 * bit, not merely close — the property test in LiveAnalysis.test.ts holds them equal. The flow
 * order (`LiveFlowOrder`) depends only on the structure; `restructure` takes a structural edit in.
 */
export class LiveLoad {
  private readonly flow: LiveFlowOrder;
  private seeds: Map<string, Traffic>;
  private readonly sent = new Map<string, Sent>();
  private readonly senders = new Map<string, Set<string>>();
  /** The traffic each node in flow order had when it was routed. */
  private readonly routed = new Map<string, Traffic | undefined>();
  private readonly current: LoadMap;

  constructor(
    private readonly graph: BoardGraph,
    private readonly est: Estimate,
  ) {
    // The same pass as propagateGraph, recording who sent what.
    const inflow = seedTraffic(graph, est);
    this.seeds = copyAll(inflow);
    const lookups = new Map<string, number>();
    this.flow = new LiveFlowOrder(graph, [...inflow.keys()]);
    const isBackEdge = (from: string, to: string) => this.flow.isBackEdge(from, to);
    for (const id of this.flow.order) {
      const node = graph.nodes.get(id)!;
      const traffic = inflow.get(node.id);
      this.routed.set(node.id, traffic && { read: traffic.read, write: traffic.write });
      const sent = this.routeOf(node, traffic);
      if (sent.size === 0) continue;
      this.sent.set(node.id, sent);
      for (const [to, emissions] of sent) {
        this.senderOf(to).add(node.id);
        for (const { read, write, lookup } of emissions) {
          if (lookup) lookups.set(to, (lookups.get(to) ?? 0) + read + write);
          else if (!isBackEdge(node.id, to)) {
            const into = inflow.get(to);
            if (into) {
              into.read += read;
              into.write += write;
            } else inflow.set(to, { read, write });
          }
        }
      }
    }
    const load: LoadMap = {};
    for (const node of graph.nodes.values()) load[node.id] = loadOf(node, inflow.get(node.id), lookups.get(node.id));
    this.current = load;
  }

  get load(): LoadMap {
    return this.current;
  }

  /**
   * The order it sums in: the flow order's search on the graph as it is now (`flowSearch`).
   *
   * @example live.flowOrder[0] // 'users'
   */
  get flowOrder(): readonly string[] {
    return this.flow.order;
  }

  /**
   * Takes in components whose props changed (their GraphNodes already updated in place). Returns
   * the ids whose load changed. `load` is updated in place: copying 10,000 entries on every edit
   * cost more than the rest of the update.
   *
   * @example live.update(new Set(['web1'])) // Set { 'web1', 'cache-0', … }
   */
  update(changed: ReadonlySet<string>, alsoResum: Iterable<string> = []): Set<string> {
    const reroute = new Set<string>();
    const resum = new Set<string>();
    const heap = new MinHeap();
    const queue = (id: string) => {
      const at = this.flow.positionOf(id);
      if (at !== undefined) heap.push(at);
    };
    for (const id of changed) {
      // A node routes by its own props and by its targets' (kind, instances, role, hit ratio): a
      // target may be an in- or, for a worker pulling from a queue, an out-neighbour.
      for (const near of [id, ...(this.graph.in.get(id) ?? []).map((e) => e.from), ...(this.graph.out.get(id) ?? []).map((e) => e.to)]) {
        if (this.flow.positionOf(near) !== undefined && !reroute.has(near)) {
          reroute.add(near);
          queue(near);
        }
      }
    }
    // A client's share moves the seed of every entry.
    if ([...changed].some((id) => this.graph.nodes.get(id)?.kind === 'client')) {
      const seeds = seedTraffic(this.graph, this.est);
      for (const [id, traffic] of seeds) {
        const before = this.seeds.get(id);
        if (before && sameTraffic(before, traffic)) continue;
        resum.add(id);
        queue(id);
      }
      this.seeds = copyAll(seeds);
    }
    const settle = (id: string) => {
      const { routed, load } = this.sum(id);
      const next = loadOf(this.graph.nodes.get(id)!, load.traffic, load.lookups);
      if (this.flow.positionOf(id) !== undefined && !sameMaybeTraffic(this.routed.get(id), routed)) {
        this.routed.set(id, routed);
        reroute.add(id);
      }
      return next;
    };
    const settled = new Map<string, NodeLoad>();
    for (const id of alsoResum) {
      resum.add(id);
      queue(id);
    }
    const received = (id: string) => {
      // A component removed in this edit has no load left to settle.
      if (!this.graph.nodes.has(id)) return;
      resum.add(id);
      if (this.flow.positionOf(id) !== undefined) queue(id);
      // A node outside the flow order is never routed: only its load changes.
      else settled.set(id, settle(id));
    };
    while (heap.size > 0) {
      const id = this.flow.order[heap.pop()]!;
      if (resum.delete(id)) settled.set(id, settle(id));
      if (!reroute.delete(id)) continue;
      const node = this.graph.nodes.get(id)!;
      const before = this.sent.get(id) ?? NOTHING_SENT;
      const after = this.routeOf(node, this.routed.get(id));
      if (after.size > 0) this.sent.set(id, after);
      else this.sent.delete(id);
      for (const [to, emissions] of after) {
        if (!sameEmissions(before.get(to), emissions)) {
          this.senderOf(to).add(id);
          received(to);
        }
      }
      for (const to of before.keys()) {
        if (after.has(to)) continue;
        this.senders.get(to)?.delete(id);
        received(to);
      }
    }
    // Utilisation follows capacity and instances even where the traffic stayed.
    for (const id of changed) if (!settled.has(id)) settled.set(id, settle(id));
    for (const id of alsoResum) if (!settled.has(id) && this.graph.nodes.has(id)) settled.set(id, settle(id));
    const changedLoads = new Set<string>();
    for (const [id, next] of settled) if (!sameLoad(this.current[id]!, next)) changedLoads.add(id);
    for (const id of changedLoads) this.current[id] = settled.get(id)!;
    return changedLoads;
  }

  /**
   * Takes in structural edits already made to the graph (`editGraph`): components added (with no
   * edge) or removed, and `ends`, the components whose edges changed. The flow order takes the edit
   * in (`LiveFlowOrder.edit`: kept, spliced or searched again); then only the ends, the receivers of
   * what moved in the order or went, and what their traffic reaches are summed and routed again, as
   * `update` does. Returns the ids whose load changed or came or went, or `null` when a loop makes
   * the order a new search's: the caller then builds a new LiveLoad.
   *
   * @example live.restructure({ added: [], removed: [], ends: new Set(['web-3', 'cache-7']) }) // Set { 'cache-7', … }
   */
  restructure({ added, removed, ends }: { added: readonly string[]; removed: readonly string[]; ends: ReadonlySet<string> }): Set<string> | null {
    const resum = new Set<string>();
    const changedLoads = new Set<string>();
    for (const id of removed) {
      this.routed.delete(id);
      this.stopSending(id, resum);
      this.senders.delete(id);
      this.seeds.delete(id);
      delete this.current[id];
      changedLoads.add(id);
    }
    const edit = this.flow.edit({ removed, ends, starts: [...this.seeds.keys()] });
    if (!edit) return null;
    // The nodes moved send in another place of the order: what they send is summed again.
    for (const id of edit.moved) for (const to of this.sent.get(id)?.keys() ?? []) resum.add(to);
    for (const id of edit.unreached) {
      // No longer reached: it routes nothing now.
      this.stopSending(id, resum);
      this.routed.delete(id);
      resum.add(id);
    }
    for (const id of added) {
      this.current[id] = loadOf(this.graph.nodes.get(id)!, undefined, undefined);
      changedLoads.add(id);
    }
    const kept = [...ends].filter((id) => this.graph.nodes.has(id));
    for (const id of this.update(new Set(kept), resum)) changedLoads.add(id);
    return changedLoads;
  }

  /** `id` sends nothing any more: its receivers still in the graph are summed again. */
  private stopSending(id: string, resum: Set<string>): void {
    for (const to of this.sent.get(id)?.keys() ?? []) {
      this.senders.get(to)?.delete(id);
      if (this.graph.nodes.has(to)) resum.add(to);
    }
    this.sent.delete(id);
  }

  /**
   * A node's traffic summed as propagateGraph sums it: its seed, then what each sender sent, senders
   * in flow order; `routed` is the sum before the senders that come after the node itself.
   */
  private sum(id: string): { routed: Traffic | undefined; load: { traffic: Traffic | undefined; lookups: number | undefined } } {
    const seed = this.seeds.get(id);
    let traffic: Traffic | undefined = seed && { read: seed.read, write: seed.write };
    let lookups: number | undefined;
    const at = this.flow.positionOf(id) ?? -1;
    let routed: Traffic | undefined;
    let routedTaken = at < 0;
    const from = [...(this.senders.get(id) ?? [])].sort((a, b) => this.flow.positionOf(a)! - this.flow.positionOf(b)!);
    for (const sender of from) {
      if (!routedTaken && this.flow.positionOf(sender)! > at) {
        routed = traffic && { read: traffic.read, write: traffic.write };
        routedTaken = true;
      }
      for (const { read, write, lookup } of this.sent.get(sender)?.get(id) ?? []) {
        if (lookup) lookups = (lookups ?? 0) + read + write;
        else if (!this.flow.isBackEdge(sender, id)) {
          if (traffic) {
            traffic.read += read;
            traffic.write += write;
          } else traffic = { read, write };
        }
      }
    }
    if (!routedTaken) routed = traffic && { read: traffic.read, write: traffic.write };
    return { routed, load: { traffic, lookups } };
  }

  private routeOf(node: GraphNode, traffic: Traffic | undefined): Sent {
    const sent: Sent = new Map();
    if (!traffic || traffic.read + traffic.write === 0) return sent;
    route(this.graph, node, traffic, this.est.assumptions.peakFactor, (to, read, write, lookup) => {
      const list = sent.get(to.id);
      if (list) list.push({ read, write, lookup });
      else sent.set(to.id, [{ read, write, lookup }]);
    });
    return sent;
  }

  private senderOf(id: string): Set<string> {
    let set = this.senders.get(id);
    if (!set) this.senders.set(id, (set = new Set()));
    return set;
  }
}

// As propagateGraph computes a node's load.
function loadOf(node: GraphNode, traffic: Traffic | undefined, lookups: number | undefined): NodeLoad {
  const qps = (traffic ? traffic.read + traffic.write : 0) + (lookups ?? 0);
  return { qps, utilization: utilization(node, qps) };
}

function copyAll(traffic: ReadonlyMap<string, Traffic>): Map<string, Traffic> {
  const copy = new Map<string, Traffic>();
  for (const [id, { read, write }] of traffic) copy.set(id, { read, write });
  return copy;
}

function sameTraffic(a: Traffic, b: Traffic): boolean {
  return Object.is(a.read, b.read) && Object.is(a.write, b.write);
}

function sameMaybeTraffic(a: Traffic | undefined, b: Traffic | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameTraffic(a, b);
}

function sameLoad(a: NodeLoad, b: NodeLoad): boolean {
  return Object.is(a.qps, b.qps) && Object.is(a.utilization, b.utilization);
}

function sameEmissions(a: readonly Emission[] | undefined, b: readonly Emission[]): boolean {
  return a !== undefined && a.length === b.length && a.every((e, i) => e.lookup === b[i]!.lookup && Object.is(e.read, b[i]!.read) && Object.is(e.write, b[i]!.write));
}
