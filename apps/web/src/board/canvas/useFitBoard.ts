import { getViewportForBounds, useReactFlow, useStoreApi, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBoard } from '../BoardContext';
import { boxAround } from '@scaleboard/board';
import { useBoardPictureHolder } from './boardPicture';
import { fitOptions } from './fitOptions';

type FitNodesOptions = Pick<FitViewOptions, 'duration' | 'maxZoom' | 'padding'>;

/**
 * Fitting the view to the whole board (fit view, Shift+1, the opening fit) or to some of its
 * nodes (a finding's "show on canvas"). A big board fits the boxes of its `BoardPicture`: xyflow
 * has only the cards near the viewport (`nodesForFlow`), so its own fitView would fit those.
 * A small board leaves it to xyflow's fitView, which waits for the cards to be measured.
 *
 * @example const { fitBoard } = useFitBoard(); fitBoard(200)
 */
export function useFitBoard(): { fitBoard: (duration?: number) => Promise<boolean>; fitNodes: (ids: readonly string[], options: FitNodesOptions) => Promise<boolean> } {
  const flow = useReactFlow();
  const store = useStoreApi();
  const holder = useBoardPictureHolder();
  const { readOnly } = useBoard();
  const fitNodes = useCallback(
    (ids: readonly string[], options: FitNodesOptions) => {
      const picture = holder.current;
      if (!picture) return flow.fitView({ ...options, nodes: ids.map((id) => ({ id })) });
      const bounds = boxAround(ids.flatMap((id) => picture.nodes.get(id)?.rect ?? []));
      const { width, height, minZoom, maxZoom } = store.getState();
      if (!bounds || !width || !height) return Promise.resolve(false);
      const viewport = getViewportForBounds(bounds, width, height, minZoom, options.maxZoom ?? maxZoom, options.padding ?? 0.1);
      return flow.setViewport(viewport, { duration: options.duration });
    },
    [flow, holder, store],
  );
  const fitBoard = useCallback(
    (duration = 0) => {
      const options = fitOptions(readOnly, duration);
      if (!holder.current) return flow.fitView(options);
      return fitNodes([...holder.current.nodes.keys()], options);
    },
    [flow, holder, readOnly, fitNodes],
  );
  return { fitBoard, fitNodes };
}

/**
 * Fits the board into view once, when it has loaded, if it has anything to show. An empty board
 * keeps the view it opened with: xyflow's own `fitView` waits for the first nodes, so on an empty
 * board it fitted the first component dropped (or added by someone else) — the board jumped under
 * the pointer right after the drop.
 *
 * Returns whether the view the board opens with is set: false from loading until the fit is done.
 *
 * @example const fitted = useOpeningFit(sessionState.synced, nodes.length === 0);
 */
export function useOpeningFit(loaded: boolean, empty: boolean): boolean {
  const { fitBoard } = useFitBoard();
  const done = useRef(false);
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (!loaded || done.current) return;
    done.current = true;
    const fit = empty ? Promise.resolve(true) : fitBoard();
    void fit.then(() => setFitted(true));
  }, [loaded, empty, fitBoard]);
  return fitted;
}
