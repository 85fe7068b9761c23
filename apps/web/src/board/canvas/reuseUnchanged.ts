/**
 * Keeps the previous object for every element that did not change, so xyflow's memoised node
 * and edge wrappers re-render only what an edit touched. Without it, one property edit on a
 * 1,000-component board re-rendered every node and edge (docs/BENCHMARKS.md).
 *
 * @example reuseUnchanged(previousNodes, nextNodes)[0] === previousNodes[0] // when node 0 is the same
 */
export function reuseUnchanged<T extends { id: string }>(previous: readonly T[], next: T[]): T[] {
  if (previous.length === 0) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  let changed = previous.length !== next.length;
  const result = next.map((item, index) => {
    const before = byId.get(item.id);
    if (before && sameValue(before, item, 4)) {
      if (previous[index] !== before) changed = true;
      return before;
    }
    changed = true;
    return item;
  });
  return changed ? result : (previous as T[]);
}

/** Structural equality down to `depth` levels of plain objects and arrays; functions by identity. */
export function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1)) return false;
  }
  return true;
}

/**
 * A `reuseUnchanged` that remembers its last result; create one per list (e.g. in a `useMemo`).
 *
 * @example const reuse = createReuser<Node>(); const nodes = reuse(toFlowNodes(...));
 */
export function createReuser<T extends { id: string }>(): (next: T[]) => T[] {
  let last: T[] = [];
  return (next) => (last = reuseUnchanged(last, next));
}
