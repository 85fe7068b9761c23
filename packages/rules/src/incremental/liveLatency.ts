import type { BoardGraph, GraphNode } from '../graph/boardGraph';
import { latencyTails, ownMs, slowestPaths, syncNext, tailsAt, type LatencyTails } from '../latency/latency';
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
  /** Who calls each node, from the recorded calls. */
  private readonly callers = new Map<string, string[]>();
  private current: LatencyReport;

  constructor(private readonly graph: BoardGraph) {
    this.state = latencyTails(graph);
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
  update(changed: Iterable<string>, alsoDirty: Iterable<string> = []): boolean {
    const perNode = this.current.perNode;
    let ownChanged = false;
    const dirty = new Set<string>(alsoDirty);
    const queue: string[] = [...dirty];
    for (const id of changed) {
      const node = this.graph.nodes.get(id);
      if (!node) continue;
      const own = ownMs(node);
      if (!Object.is(perNode[id], own)) {
        perNode[id] = own;
        ownChanged = true;
      }
      if (this.state.calls.has(id) && !dirty.has(id)) {
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
    for (const id of this.calleesFirst(dirty)) this.state.tails.set(id, tailsAt(this.graph, this.state, this.graph.nodes.get(id)!));
    const paths = dirty.size > 0 ? slowestPaths(this.state) : this.current.paths;
    if (samePaths(paths, this.current.paths)) {
      if (!ownChanged) return false;
      this.current = { ...this.current };
      return true;
    }
    this.current = { paths, slowestMs: paths[0]?.ms ?? 0, perNode };
    return true;
  }

  /**
   * Takes in structural edits already made to the graph (`editGraph`), the entries unchanged:
   * components added (with no edge) or removed, and `ends`, the components whose edges changed.
   * On a board whose calls close no loop, a node's tails depend only on its own props, its calls
   * and its callees' tails — not on the order the whole pass visits them in — so only the ends
   * whose calls changed, the nodes they now reach for the first time, and everything upstream are
   * merged again. Returns whether that could be done; `false` when the calls close a loop (before
   * or after), where which arrow is cut depends on the search: the caller builds a new LiveLatency.
   *
   * @example live.restructure({ added: [], removed: [], ends: new Set(['web-3', 'cache-7']) }) // true
   */
  restructure({ added, removed, ends }: { added: readonly string[]; removed: readonly string[]; ends: ReadonlySet<string> }): boolean {
    if (this.state.loops) return false;
    const { calls, tails } = this.state;
    const changedCalls = new Map<string, readonly GraphNode[]>();
    for (const id of ends) {
      const node = this.graph.nodes.get(id);
      if (!node || !calls.has(id)) continue;
      const after = syncNext(this.graph, node);
      const before = calls.get(id)!;
      if (after.length !== before.length || after.some((n, i) => n !== before[i])) changedCalls.set(id, after);
    }
    // Nodes reached for the first time bring their own calls; none may lead back to a caller.
    const reached: string[] = [];
    const newCalls = new Map<string, readonly GraphNode[]>();
    const tracked = (id: string) => (calls.has(id) && !removed.includes(id)) || newCalls.has(id);
    for (const after of changedCalls.values()) {
      for (const start of after) {
        if (tracked(start.id)) continue;
        const stack = [start];
        newCalls.set(start.id, syncNext(this.graph, start));
        reached.push(start.id);
        while (stack.length > 0) {
          for (const next of newCalls.get(stack.pop()!.id)!) {
            if (tracked(next.id)) continue;
            newCalls.set(next.id, syncNext(this.graph, next));
            reached.push(next.id);
            stack.push(next);
          }
        }
      }
    }
    const callsOf = (id: string) => changedCalls.get(id) ?? newCalls.get(id) ?? (removed.includes(id) ? [] : (calls.get(id) ?? []));
    if (this.loopsAmong(reached, callsOf)) return false;
    for (const [from, after] of changedCalls) {
      const before = new Set(calls.get(from)!);
      for (const to of after) if (!before.has(to) && this.leadsTo(to.id, from, callsOf)) return false;
    }
    // No loop: bring the calls, callers and tails to the edited graph.
    for (const id of removed) {
      for (const callee of calls.get(id) ?? []) this.dropCaller(callee.id, id);
      calls.delete(id);
      tails.delete(id);
      this.callers.delete(id);
      delete this.current.perNode[id];
    }
    for (const [id, after] of [...changedCalls, ...newCalls]) {
      for (const callee of calls.get(id) ?? []) this.dropCaller(callee.id, id);
      calls.set(id, after);
      for (const callee of after) {
        const list = this.callers.get(callee.id);
        if (list) list.push(id);
        else this.callers.set(callee.id, [id]);
      }
    }
    for (const id of added) this.current.perNode[id] = ownMs(this.graph.nodes.get(id)!);
    this.update([], [...changedCalls.keys(), ...reached]);
    if (added.length > 0 || removed.length > 0) this.current = { ...this.current };
    return true;
  }

  /** Whether the calls among the nodes newly reached close a loop (a search meets a node still open). */
  private loopsAmong(reached: readonly string[], callsOf: (id: string) => readonly GraphNode[]): boolean {
    const among = new Set(reached);
    const state = new Map<string, 'open' | 'done'>();
    for (const root of reached) {
      if (state.has(root)) continue;
      state.set(root, 'open');
      const stack: { id: string; next: readonly GraphNode[]; i: number }[] = [{ id: root, next: callsOf(root), i: 0 }];
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const child = top.next[top.i++];
        if (!child) {
          state.set(top.id, 'done');
          stack.pop();
          continue;
        }
        if (!among.has(child.id)) continue;
        const seen = state.get(child.id);
        if (seen === 'open') return true;
        if (seen) continue;
        state.set(child.id, 'open');
        stack.push({ id: child.id, next: callsOf(child.id), i: 0 });
      }
    }
    return false;
  }

  /** Whether `from` reaches `to` along `callsOf` (the edited calls). */
  private leadsTo(from: string, to: string, callsOf: (id: string) => readonly GraphNode[]): boolean {
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === to) return true;
      for (const next of callsOf(id)) {
        if (seen.has(next.id)) continue;
        seen.add(next.id);
        stack.push(next.id);
      }
    }
    return false;
  }

  private dropCaller(callee: string, caller: string): void {
    const list = this.callers.get(callee);
    if (!list) return;
    const at = list.indexOf(caller);
    if (at >= 0) list.splice(at, 1);
  }

  /** The dirty nodes callees first: a depth-first post-order over their calls, within them. */
  private calleesFirst(dirty: ReadonlySet<string>): string[] {
    const done = new Set<string>();
    const out: string[] = [];
    for (const root of dirty) {
      if (done.has(root)) continue;
      done.add(root);
      const stack: { id: string; next: readonly GraphNode[]; i: number }[] = [{ id: root, next: this.state.calls.get(root) ?? [], i: 0 }];
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const child = top.next[top.i++];
        if (!child) {
          out.push(top.id);
          stack.pop();
          continue;
        }
        // An arrow that closes a loop is cut (`tailsAt` does not read through it).
        if (!dirty.has(child.id) || done.has(child.id) || this.state.isBackEdge(top.id, child.id)) continue;
        done.add(child.id);
        stack.push({ id: child.id, next: this.state.calls.get(child.id) ?? [], i: 0 });
      }
    }
    return out;
  }
}

function samePaths(a: readonly LatencyPath[], b: readonly LatencyPath[]): boolean {
  return a === b || (a.length === b.length && a.every((path, i) => path.ms === b[i]!.ms && path.nodes.length === b[i]!.nodes.length && path.nodes.every((id, j) => id === b[i]!.nodes[j])));
}
