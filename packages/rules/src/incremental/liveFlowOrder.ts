import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { flowSearch, flowTargets, type FlowSearch } from '../load/flowOrder';

/** What a structural edit did to the flow order. */
export interface OrderEdit {
  /** Nodes now at another place relative to the rest: their receivers sum their senders in another order. */
  moved: string[];
  /** Nodes the search reached before the edit and no longer does. */
  unreached: string[];
}

/**
 * The flow order (`flowSearch` from the entries) kept up to date through structural edits without
 * searching the board again where the search would run as before, or differs only below one new
 * next node; with the search's tree kept alongside to tell. `LiveLoad` sums traffic in this order.
 *
 * @example const order = new LiveFlowOrder(graph, ['users']); order.order[0] // 'users'
 */
export class LiveFlowOrder {
  private readonly position = new Map<string, number>();
  private ids: string[];
  /** The search that made the order, its tree and finishing times kept up to date with it. */
  private search: FlowSearch;
  /** How many nodes each node discovered in the search (its children in the search tree). */
  private readonly treeChildren = new Map<string, number>();

  /** `starts`: where the search starts — the nodes with traffic of their own, in the order they are seeded. */
  constructor(
    private readonly graph: BoardGraph,
    starts: readonly string[],
  ) {
    this.search = flowSearch(graph, [...starts]);
    for (const parent of this.search.parent.values()) this.treeChildren.set(parent, (this.treeChildren.get(parent) ?? 0) + 1);
    this.ids = this.search.order.map((node) => node.id);
    this.ids.forEach((id, i) => this.position.set(id, i));
  }

  /** The node ids in flow order. */
  get order(): readonly string[] {
    return this.ids;
  }

  /** A node's place in the order, undefined for one the search does not reach. */
  positionOf(id: string): number | undefined {
    return this.position.get(id);
  }

  /**
   * Takes in structural edits already made to the graph (`editGraph`): components removed, and
   * `ends`, the components whose edges changed; `starts` as for the constructor, on the edited graph. Keeps the order when the search that made it would
   * run the same way on the edited graph — an edge to a node already finished when its start looks
   * at it (so no cycle closes and nothing new is reached), an edge removed that the search did not
   * discover a node through, a component removed that discovered none; splices it for one new next
   * node the search now reaches sooner; otherwise searches again. Returns the nodes whose place
   * moved and those no longer reached, or `null` when a loop makes the order a new search's alone:
   * the caller then starts afresh.
   *
   * @example order.edit({ removed: [], ends: new Set(['web-3', 'cache-7']), starts: ['users'] }) // { moved: [], unreached: [] }
   */
  edit({ removed, ends, starts }: { removed: readonly string[]; ends: ReadonlySet<string>; starts: readonly string[] }): OrderEdit | null {
    const { finished, parent, next, back } = this.search;
    let alike = true;
    for (const id of removed) if (finished.has(id) && (this.treeChildren.get(id) ?? 0) > 0) alike = false;
    const nextOf = new Map<string, readonly GraphNode[]>();
    // The ends whose search would run otherwise.
    const unlike: string[] = [];
    for (const id of ends) {
      if (!alike || !finished.has(id) || !this.graph.nodes.has(id)) continue;
      const after = flowTargets(this.graph, this.graph.nodes.get(id)!);
      if (!this.searchesAlike(id, next.get(id)!, after)) unlike.push(id);
      nextOf.set(id, after);
    }
    const spliceable = alike && removed.length === 0 && unlike.length === 1;
    if (unlike.length > 0) alike = false;
    // With a loop, which arrow is cut depends on the whole search: only a new search knows.
    if (!alike && back.size > 0) return null;
    for (const id of removed) {
      const up = parent.get(id);
      if (up !== undefined) this.treeChildren.set(up, this.treeChildren.get(up)! - 1);
      parent.delete(id);
      finished.delete(id);
      next.delete(id);
      back.delete(id);
      this.position.delete(id);
    }
    let edit: OrderEdit | null = { moved: [], unreached: [] };
    if (!alike) {
      const moved = spliceable ? this.splice(unlike[0]!, nextOf) : null;
      edit = moved ? { moved, unreached: [] } : this.reorder(starts);
    } else {
      for (const [id, after] of nextOf) {
        const closing = back.get(id);
        if (closing) {
          for (const to of closing) if (!after.some((n) => n.id === to)) closing.delete(to);
          if (closing.size === 0) back.delete(id);
        }
        next.set(id, after);
      }
    }
    for (const closing of back.values()) for (const id of removed) closing.delete(id);
    return edit;
  }

  /**
   * Searches the edited graph again and takes its order when, as on most boards, no arrow closes a
   * loop (then a node's traffic is the sum of everything sent to it, whatever the order, and only
   * the order of the sums matters). `moved`: the nodes the new order moved relative to the rest
   * (those off a longest run the two orders share), whose receivers can sum their senders in another
   * order; `unreached`: the nodes the search no longer reaches. `null` when the new search finds a loop.
   */
  private reorder(starts: readonly string[]): OrderEdit | null {
    const search = flowSearch(this.graph, [...starts]);
    if (search.back.size > 0) return null;
    const order = search.order.map((node) => node.id);
    const moved = offLongestRun(order.map((id) => this.position.get(id))).map((at) => order[at]!);
    const unreached = this.ids.filter((id) => !search.finished.has(id) && this.position.has(id));
    this.search = search;
    this.ids = order;
    this.position.clear();
    order.forEach((id, i) => this.position.set(id, i));
    this.treeChildren.clear();
    for (const up of search.parent.values()) this.treeChildren.set(up, (this.treeChildren.get(up) ?? 0) + 1);
    return { moved, unreached };
  }

  /**
   * Takes in one new next node `w` of `u` (an edge drawn) that the search now reaches from `u`
   * rather than later, without searching the board again: everything finished before `u` looks at
   * `w` finishes as before; then the search goes down from `w` through the nodes not visited by
   * then (`moved`: none of them is finished before, none is below one finished after — a node below
   * one of them would be one of them); after `u`, the search runs as it did, skipping them. So the
   * new post-order is the old one with `moved` taken out and put, in the order a search from `w`
   * finishes them, where `u` looked at `w`. Their receivers are summed again (they send in another
   * place of the order). Returns `moved`, or `null` when this is not that case (another end's next
   * nodes changed, more than one new next node, a loop closes): the caller searches again.
   */
  private splice(u: string, nextOf: ReadonlyMap<string, readonly GraphNode[]>): string[] | null {
    const { finished, parent, next } = this.search;
    for (const [id, after] of nextOf) if (id !== u && !sameNodes(next.get(id)!, after)) return null;
    const before = next.get(u)!;
    const after = nextOf.get(u)!;
    if (after.length !== before.length + 1) return null;
    const k = after.findIndex((node, i) => before[i] !== node);
    const w = after[k]!;
    if (after.some((node, i) => i > k && before[i - 1] !== node)) return null;
    // A next node listed again, ahead of its old listing: the search meets it sooner from a place
    // it already has in the order — not the case this splices.
    if (before.includes(w)) return null;
    // How many nodes finish before `u` looks at `w`: all before `u`, but those below its next nodes
    // after `w` — a node listed twice (a worker that pulls from the queue sending to it) was
    // discovered at its first listing.
    const listedBy = new Set(after.slice(0, k + 1).map((node) => node.id));
    let late = 0;
    for (let i = k + 1; i < after.length; i++) {
      const id = after[i]!.id;
      if (!listedBy.has(id) && parent.get(id) === u) late += this.subtreeSize(id);
      listedBy.add(id);
    }
    const moment = finished.get(u)! - late;
    const seenBy = (id: string) => {
      const done = finished.get(id);
      return done !== undefined && done < moment;
    };
    if (seenBy(w.id)) return null;
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
      if (open.has(child.id)) return null;
      if (movedSet.has(child.id) || seenBy(child.id)) continue;
      movedSet.add(child.id);
      open.add(child.id);
      discoverer.set(child.id, top.node.id);
      stack.push({ node: child, next: ask(child), i: 0 });
    }
    const oldPost = [...this.ids].reverse();
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
    for (let i = 0; i < order.length; i++) if (order[i] !== this.ids[i]) this.position.set(order[i]!, i);
    this.ids = order;
    return moved;
  }

  /** How many nodes the search reached through `id`, itself included (a node listed twice as a next node counted once). */
  private subtreeSize(id: string): number {
    const { parent, next } = this.search;
    const below = new Set([id]);
    const stack = [id];
    while (stack.length > 0) {
      const at = stack.pop()!;
      for (const node of next.get(at) ?? []) {
        if (parent.get(node.id) !== at || below.has(node.id)) continue;
        below.add(node.id);
        stack.push(node.id);
      }
    }
    return below.size;
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

  /** Whether the search cut the arrow `from` → `to` to end a loop (`propagateGraph` sends nothing along it). */
  isBackEdge(from: string, to: string): boolean {
    const back = this.search.back;
    return back.size > 0 && back.get(from)?.has(to) === true;
  }
}

function sameNodes(a: readonly GraphNode[], b: readonly GraphNode[]): boolean {
  return a === b || (a.length === b.length && a.every((node, i) => node === b[i]));
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
