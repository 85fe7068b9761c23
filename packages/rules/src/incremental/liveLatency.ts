import type { BoardGraph } from '../graph/boardGraph';
import { latencyTails, ownMs, slowestPaths, tailsAt, type LatencyTails } from '../latency/latency';
import type { LatencyPath, LatencyReport } from '../latency/latency';

/**
 * `latencyOfGraph` kept up to date between edits of props: a node's slowest tails depend on its
 * own `latencyMs` and `hitRatio` and on its callees' tails (and, for a cache it reads aside, the
 * cache's own latency and misses), so after an edit only the edited nodes and those upstream of
 * them in the sync-call order are merged again, callees first — on a 10,000-component board a
 * cache's edit redoes its cell's servers, balancer and the client instead of every node.
 *
 * Each node's tails come from the same `tailsAt` the whole pass uses, so the paths are the same
 * numbers to the last bit. The call order depends only on the structure; a structural edit builds
 * this again. `perNode` is updated in place, as the live load is.
 */
export class LiveLatency {
  private readonly state: LatencyTails;
  /** Position of each node in the call order (callers before callees). */
  private readonly position = new Map<string, number>();
  /** Who calls each node, from the recorded calls. */
  private readonly callers = new Map<string, string[]>();
  private current: LatencyReport;

  constructor(private readonly graph: BoardGraph) {
    this.state = latencyTails(graph);
    this.state.order.forEach((node, i) => this.position.set(node.id, i));
    for (const [from, callees] of this.state.calls) {
      for (const callee of callees) {
        const list = this.callers.get(callee.id);
        if (list) list.push(from);
        else this.callers.set(callee.id, [from]);
      }
    }
    const perNode: Record<string, number> = {};
    for (const node of graph.nodes.values()) perNode[node.id] = ownMs(node);
    const paths = slowestPaths(this.state);
    this.current = { paths, slowestMs: paths[0]?.ms ?? 0, perNode };
  }

  get latency(): LatencyReport {
    return this.current;
  }

  /**
   * Takes in components whose `latencyMs` or `hitRatio` changed (their GraphNodes already updated
   * in place). Returns whether the report changed; when it did, `latency` is a new object.
   *
   * @example live.update(['cache-3']) // true when a path's time moved
   */
  update(changed: Iterable<string>): boolean {
    const perNode = this.current.perNode;
    let ownChanged = false;
    const dirty = new Set<string>();
    const queue: string[] = [];
    for (const id of changed) {
      const node = this.graph.nodes.get(id);
      if (!node) continue;
      const own = ownMs(node);
      if (!Object.is(perNode[id], own)) {
        perNode[id] = own;
        ownChanged = true;
      }
      if (this.position.has(id) && !dirty.has(id)) {
        dirty.add(id);
        queue.push(id);
      }
    }
    // Everything upstream reads the edited node's tails, directly or through its callees'.
    for (let i = 0; i < queue.length; i++) {
      for (const caller of this.callers.get(queue[i]!) ?? []) {
        if (dirty.has(caller)) continue;
        dirty.add(caller);
        queue.push(caller);
      }
    }
    const order = [...dirty].sort((a, b) => this.position.get(b)! - this.position.get(a)!);
    for (const id of order) this.state.tails.set(id, tailsAt(this.graph, this.state, this.graph.nodes.get(id)!));
    const paths = dirty.size > 0 ? slowestPaths(this.state) : this.current.paths;
    if (samePaths(paths, this.current.paths)) {
      if (!ownChanged) return false;
      this.current = { ...this.current };
      return true;
    }
    this.current = { paths, slowestMs: paths[0]?.ms ?? 0, perNode };
    return true;
  }
}

function samePaths(a: readonly LatencyPath[], b: readonly LatencyPath[]): boolean {
  return a === b || (a.length === b.length && a.every((path, i) => path.ms === b[i]!.ms && path.nodes.length === b[i]!.nodes.length && path.nodes.every((id, j) => id === b[i]!.nodes[j])));
}
