import type { Estimate } from '../estimate/estimate';
import type { LoadMap, NodeLoad } from '../findings/finding';
import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { flowSearch, flowTargets, type FlowSearch } from '../load/flowOrder';
import { seedTraffic, utilization } from '../load/propagate';
import { route } from '../load/route';
import type { Traffic } from '../load/traffic';
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
 * order itself depends only on the structure; a structural edit rebuilds this from scratch.
 */
export class LiveLoad {
  private readonly position = new Map<string, number>();
  private order: string[];
  /** The flow order's search: kept so a structural edit can tell whether it changes the order (its `order` is read once, here: `order` below is the one kept up to date). */
  private search: FlowSearch;
  /** How many nodes each node discovered in the search (its children in the search tree). */
  private readonly treeChildren = new Map<string, number>();
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
    this.search = flowSearch(graph, [...inflow.keys()]);
    for (const parent of this.search.parent.values()) this.treeChildren.set(parent, (this.treeChildren.get(parent) ?? 0) + 1);
    const order = this.search.order;
    const isBackEdge = (from: string, to: string) => this.isBackEdge(from, to);
    this.order = order.map((node) => node.id);
    this.order.forEach((id, i) => this.position.set(id, i));
    for (const node of order) {
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
    return this.order;
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
      const at = this.position.get(id);
      if (at !== undefined) heap.push(at);
    };
    for (const id of changed) {
      // A node routes by its own props and by its targets' (kind, instances, role, hit ratio): a
      // target may be an in- or, for a worker pulling from a queue, an out-neighbour.
      for (const near of [id, ...(this.graph.in.get(id) ?? []).map((e) => e.from), ...(this.graph.out.get(id) ?? []).map((e) => e.to)]) {
        if (this.position.has(near) && !reroute.has(near)) {
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
      if (this.position.has(id) && !sameMaybeTraffic(this.routed.get(id), routed)) {
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
      if (this.position.has(id)) queue(id);
      // A node outside the flow order is never routed: only its load changes.
      else settled.set(id, settle(id));
    };
    while (heap.size > 0) {
      const id = this.order[heap.pop()]!;
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
   * edge) or removed, and `ends`, the components whose edges changed. Keeps the flow order when the
   * search that made it would run the same way on the edited graph — an edge to a node already
   * finished when its start looks at it (so no cycle closes and nothing new is reached), an edge
   * removed that the search did not discover a node through, a component removed that discovered
   * none — and then re-routes only the ends and what their traffic reaches, as `update` does.
   * Returns the ids whose load changed or came or went, or `null` when the order would change:
   * the caller then builds a new LiveLoad (a correct answer for the rare edits that do).
   *
   * @example live.restructure({ added: [], removed: [], ends: new Set(['web-3', 'cache-7']) }) // Set { 'cache-7', … }
   */
  restructure({ added, removed, ends }: { added: readonly string[]; removed: readonly string[]; ends: ReadonlySet<string> }): Set<string> | null {
    const { finished, parent, next, back } = this.search;
    let alike = true;
    for (const id of removed) if (finished.has(id) && (this.treeChildren.get(id) ?? 0) > 0) alike = false;
    const kept = [...ends].filter((id) => this.graph.nodes.has(id));
    const nextOf = new Map<string, readonly GraphNode[]>();
    // The ends whose search would run otherwise.
    const unlike: string[] = [];
    for (const id of kept) {
      if (!alike || !finished.has(id)) continue;
      const after = flowTargets(this.graph, this.graph.nodes.get(id)!);
      if (!this.searchesAlike(id, next.get(id)!, after)) unlike.push(id);
      nextOf.set(id, after);
    }
    const spliceable = alike && removed.length === 0 && unlike.length === 1;
    if (unlike.length > 0) alike = false;
    // With a loop, which arrow is cut depends on the whole search: only a new LiveLoad knows.
    if (!alike && back.size > 0) return null;
    const resum = new Set<string>();
    const changedLoads = new Set<string>();
    for (const id of removed) {
      const up = parent.get(id);
      if (up !== undefined) this.treeChildren.set(up, this.treeChildren.get(up)! - 1);
      parent.delete(id);
      finished.delete(id);
      next.delete(id);
      back.delete(id);
      this.position.delete(id);
      this.routed.delete(id);
      for (const to of this.sent.get(id)?.keys() ?? []) {
        this.senders.get(to)?.delete(id);
        if (this.graph.nodes.has(to)) resum.add(to);
      }
      this.sent.delete(id);
      this.senders.delete(id);
      this.seeds.delete(id);
      delete this.current[id];
      changedLoads.add(id);
    }
    if (!alike && !(spliceable && this.splice(unlike[0]!, nextOf, resum)) && !this.reorder(resum)) return null;
    if (alike) for (const [id, after] of nextOf) {
      const closing = back.get(id);
      if (closing) {
        for (const to of closing) if (!after.some((n) => n.id === to)) closing.delete(to);
        if (closing.size === 0) back.delete(id);
      }
      next.set(id, after);
    }
    for (const closing of back.values()) for (const id of removed) closing.delete(id);
    for (const id of added) {
      this.current[id] = loadOf(this.graph.nodes.get(id)!, undefined, undefined);
      changedLoads.add(id);
    }
    for (const id of this.update(new Set(kept), resum)) changedLoads.add(id);
    return changedLoads;
  }

  /**
   * Searches the edited graph again and takes its order when, as on most boards, no arrow closes a
   * loop (then a node's traffic is the sum of everything sent to it, whatever the order, and only
   * the order of the sums matters). The nodes the new order moved relative to the rest (those off
   * a longest run the two orders share) are the only ones whose receivers can sum their senders in
   * another order: those receivers are summed again, and nodes no longer reached send nothing.
   * `false` when the new search finds a loop.
   */
  private reorder(resum: Set<string>): boolean {
    const search = flowSearch(this.graph, [...this.seeds.keys()]);
    if (search.back.size > 0) return false;
    const order = search.order.map((node) => node.id);
    const moved = offLongestRun(order.map((id) => this.position.get(id)));
    for (const at of moved) for (const to of this.sent.get(order[at]!)?.keys() ?? []) resum.add(to);
    for (const id of this.order) {
      if (search.finished.has(id) || !this.position.has(id)) continue;
      // No longer reached: it routes nothing now.
      for (const to of this.sent.get(id)?.keys() ?? []) {
        this.senders.get(to)?.delete(id);
        resum.add(to);
      }
      this.sent.delete(id);
      this.routed.delete(id);
      resum.add(id);
    }
    this.search = search;
    this.order = order;
    this.position.clear();
    order.forEach((id, i) => this.position.set(id, i));
    this.treeChildren.clear();
    for (const up of search.parent.values()) this.treeChildren.set(up, (this.treeChildren.get(up) ?? 0) + 1);
    return true;
  }

  /**
   * Takes in one new next node `w` of `u` (an edge drawn) that the search now reaches from `u`
   * rather than later, without searching the board again: everything finished before `u` looks at
   * `w` finishes as before; then the search goes down from `w` through the nodes not visited by
   * then (`moved`: none of them is finished before, none is below one finished after — a node below
   * one of them would be one of them); after `u`, the search runs as it did, skipping them. So the
   * new post-order is the old one with `moved` taken out and put, in the order a search from `w`
   * finishes them, where `u` looked at `w`. Their receivers are summed again (they send in another
   * place of the order). `false` when this is not that case (another end's next nodes changed, more
   * than one new next node, a loop closes): the caller searches again.
   */
  private splice(u: string, nextOf: ReadonlyMap<string, readonly GraphNode[]>, resum: Set<string>): boolean {
    const { finished, parent, next } = this.search;
    for (const [id, after] of nextOf) if (id !== u && !sameNodes(next.get(id)!, after)) return false;
    const before = next.get(u)!;
    const after = nextOf.get(u)!;
    if (after.length !== before.length + 1) return false;
    const k = after.findIndex((node, i) => before[i] !== node);
    const w = after[k]!;
    if (after.some((node, i) => i > k && before[i - 1] !== node)) return false;
    // How many nodes finish before `u` looks at `w`: all before `u`, but those below its next nodes after `w`.
    let late = 0;
    for (let i = k + 1; i < after.length; i++) if (parent.get(after[i]!.id) === u) late += this.subtreeSize(after[i]!.id);
    const moment = finished.get(u)! - late;
    const seenBy = (id: string) => {
      const done = finished.get(id);
      return done !== undefined && done < moment;
    };
    if (seenBy(w.id)) return false;
    const open = new Set<string>();
    for (let at: string | undefined = u; at !== undefined; at = parent.get(at)) open.add(at);
    // The search from `w` over the nodes not visited when `u` looks at it.
    const moved: string[] = [];
    const movedSet = new Set<string>([w.id]);
    const discoverer = new Map<string, string>([[w.id, u]]);
    const asked = new Map<string, readonly GraphNode[]>();
    const ask = (node: GraphNode) => {
      const list = next.get(node.id) ?? flowTargets(this.graph, node);
      asked.set(node.id, list);
      return list;
    };
    open.add(w.id);
    const stack: { node: GraphNode; next: readonly GraphNode[]; i: number }[] = [{ node: w, next: ask(w), i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const child = top.next[top.i++];
      if (!child) {
        open.delete(top.node.id);
        moved.push(top.node.id);
        stack.pop();
        continue;
      }
      if (open.has(child.id)) return false;
      if (movedSet.has(child.id) || seenBy(child.id)) continue;
      movedSet.add(child.id);
      open.add(child.id);
      discoverer.set(child.id, top.node.id);
      stack.push({ node: child, next: ask(child), i: 0 });
    }
    // The nodes moved send in another place of the order: what they send is summed again.
    for (const id of moved) for (const to of this.sent.get(id)?.keys() ?? []) resum.add(to);
    const oldPost = [...this.order].reverse();
    const post: string[] = [];
    for (const id of oldPost) {
      if (post.length === moment) post.push(...moved);
      if (!movedSet.has(id)) post.push(id);
    }
    if (post.length === moment) post.push(...moved);
    for (const id of moved) {
      const up = parent.get(id);
      if (up !== undefined) this.treeChildren.set(up, this.treeChildren.get(up)! - 1);
      const by = discoverer.get(id)!;
      parent.set(id, by);
      this.treeChildren.set(by, (this.treeChildren.get(by) ?? 0) + 1);
      next.set(id, asked.get(id)!);
    }
    next.set(u, after);
    // Numbered again only where the place changed: usually a short stretch of a long order.
    for (let i = 0; i < post.length; i++) if (post[i] !== oldPost[i]) finished.set(post[i]!, i);
    const order = post.reverse();
    for (let i = 0; i < order.length; i++) if (order[i] !== this.order[i]) this.position.set(order[i]!, i);
    this.order = order;
    return true;
  }

  /** How many nodes the search reached through `id`, itself included. */
  private subtreeSize(id: string): number {
    const { parent, next } = this.search;
    let size = 0;
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop()!;
      size++;
      for (const node of next.get(at) ?? []) if (parent.get(node.id) === at) stack.push(node.id);
    }
    return size;
  }

  /**
   * Whether the search, reaching `id` with its next nodes `after` instead of `before`, runs as it
   * did: every node dropped was not discovered from `id`, and every node added was already finished
   * when `id` looks at it — finished before `id` was reached, or below a next node `id` looked at
   * earlier in the list. The nodes kept keep their order.
   */
  private searchesAlike(id: string, before: readonly GraphNode[], after: readonly GraphNode[]): boolean {
    const { finished, parent } = this.search;
    const afterIds = new Set(after.map((n) => n.id));
    const beforeIds = new Set(before.map((n) => n.id));
    // A removed component that discovered nothing (checked by the caller) leaves the search as it was.
    for (const node of before) if (!afterIds.has(node.id) && parent.get(node.id) === id && this.graph.nodes.has(node.id)) return false;
    const keptBefore = before.filter((n) => afterIds.has(n.id));
    const keptAfter = after.filter((n) => beforeIds.has(n.id));
    if (keptBefore.length !== keptAfter.length || keptBefore.some((n, i) => n !== keptAfter[i])) return false;
    const own = finished.get(id)!;
    for (let i = 0; i < after.length; i++) {
      const node = after[i]!;
      if (beforeIds.has(node.id)) continue;
      const done = finished.get(node.id);
      if (done === undefined || done > own) return false;
      // Below `id`: through which of its next nodes? That one must come first.
      let child = node.id;
      let steps = 0;
      while (parent.get(child) !== undefined && parent.get(child) !== id && steps++ < 256) child = parent.get(child)!;
      if (parent.get(child) === id) {
        const through = after.findIndex((n) => n.id === child);
        if (through < 0 || through > i) return false;
      } else if (steps >= 256) return false;
    }
    return true;
  }

  private isBackEdge(from: string, to: string): boolean {
    const back = this.search.back;
    return back.size > 0 && back.get(from)?.has(to) === true;
  }

  /**
   * A node's traffic summed as propagateGraph sums it: its seed, then what each sender sent, senders
   * in flow order; `routed` is the sum before the senders that come after the node itself.
   */
  private sum(id: string): { routed: Traffic | undefined; load: { traffic: Traffic | undefined; lookups: number | undefined } } {
    const seed = this.seeds.get(id);
    let traffic: Traffic | undefined = seed && { read: seed.read, write: seed.write };
    let lookups: number | undefined;
    const at = this.position.get(id) ?? -1;
    let routed: Traffic | undefined;
    let routedTaken = at < 0;
    const from = [...(this.senders.get(id) ?? [])].sort((a, b) => this.position.get(a)! - this.position.get(b)!);
    for (const sender of from) {
      if (!routedTaken && this.position.get(sender)! > at) {
        routed = traffic && { read: traffic.read, write: traffic.write };
        routedTaken = true;
      }
      for (const { read, write, lookup } of this.sent.get(sender)?.get(id) ?? []) {
        if (lookup) lookups = (lookups ?? 0) + read + write;
        else if (!this.isBackEdge(sender, id)) {
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

function sameNodes(a: readonly GraphNode[], b: readonly GraphNode[]): boolean {
  return a === b || (a.length === b.length && a.every((node, i) => node === b[i]));
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

/**
 * The indexes of `positions` (a node's place in the old order, undefined for one not in it) off a
 * longest increasing run: the nodes whose place relative to the others changed. O(n log n).
 */
function offLongestRun(positions: readonly (number | undefined)[]): number[] {
  // Patience sorting: tails[k] = index ending the best run of length k + 1 found so far.
  const tails: number[] = [];
  const before = new Int32Array(positions.length).fill(-1);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i];
    if (p === undefined) continue;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[tails[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) before[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const onRun = new Uint8Array(positions.length);
  for (let at = tails.length > 0 ? tails[tails.length - 1]! : -1; at >= 0; at = before[at]!) onRun[at] = 1;
  const off: number[] = [];
  for (let i = 0; i < positions.length; i++) if (!onRun[i]) off.push(i);
  return off;
}
