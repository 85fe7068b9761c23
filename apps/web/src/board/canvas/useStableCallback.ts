import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function whose identity never changes and that always calls the latest `fn`. For handlers
 * passed to `<ReactFlow>`: xyflow copies each changed prop into its store, and every store update
 * re-runs the selector of every node, edge and handle on the canvas — handlers rebuilt on each edit
 * (they close over the selection and the undo stacks) cost a full pass each (docs/BENCHMARKS.md).
 */
export function useStableCallback<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  }, [fn]);
  return useCallback((...args: Args) => latest.current(...args), []);
}
