import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { fitOptions } from './fitOptions';

/**
 * Fits the board into view once, when it has loaded, if it has anything to show. An empty board
 * keeps the view it opened with: xyflow's own `fitView` waits for the first nodes, so on an empty
 * board it fitted the first component dropped (or added by someone else) — the board jumped under
 * the pointer right after the drop.
 *
 * Returns whether the view the board opens with is set: false from loading until the fit is done.
 *
 * @example const fitted = useOpeningFit(sessionState.synced, nodes.length === 0, readOnly);
 */
export function useOpeningFit(loaded: boolean, empty: boolean, readOnly: boolean): boolean {
  const flow = useReactFlow();
  const done = useRef(false);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    // Waits, inside xyflow, until the nodes are measured.
    const fit = empty ? Promise.resolve() : flow.fitView(fitOptions(readOnly));
    void fit.then(() => setFitted(true));
  }, [loaded, empty, flow, readOnly]);
  return fitted;
}
