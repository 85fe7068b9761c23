import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { absolutePosition, addNode, docToBoard } from '@scaleboard/board';
import { isGroupKind, type NodeKind } from '@scaleboard/rules';
import { useBoard } from '../BoardContext';
import { groupAt } from './groupDrop';
import { freeSpot } from './freeSpot';
import { newId, nextLabel } from './naming';
import { sizeOf } from './sizeOf';

export const KIND_MIME = 'application/x-scaleboard-kind';

/**
 * Places a new node centred on a canvas point (a drop, a double-click) or in the middle of the view
 * (a click), inside whichever group is under that point; returns its id.
 */
export function usePlaceNode() {
  const { t } = useTranslation();
  const { doc, origin } = useBoard();
  const flow = useReactFlow();

  const placeAt = useCallback(
    (kind: NodeKind, centre: { x: number; y: number }, avoidOverlap = false, props: Record<string, unknown> = {}) => {
      const board = docToBoard(doc);
      const size = sizeOf({ kind });
      const byId = new Map(board.nodes.map((n) => [n.id, n]));
      const point = avoidOverlap
        ? freeSpot(
            centre,
            size,
            board.nodes.filter((n) => !isGroupKind(n.kind)).map((n) => ({ ...absolutePosition(n.id, byId), ...sizeOf(n) })),
          )
        : centre;
      const parent = isGroupKind(kind) ? undefined : groupAt(point, board.nodes, sizeOf);
      const offset = parent ? absolutePosition(parent, byId) : { x: 0, y: 0 };
      const label = nextLabel(t(`defaultLabels.${kind}`), board.nodes.map((n) => n.label));
      const id = newId(kind);
      const snap = (v: number) => Math.round(v / 16) * 16;
      addNode(
        doc,
        {
          id,
          kind,
          label,
          x: snap(point.x - size.width / 2 - offset.x),
          y: snap(point.y - size.height / 2 - offset.y),
          ...(parent ? { parent } : {}),
          ...(isGroupKind(kind) ? { width: size.width, height: size.height } : {}),
          props,
        },
        origin,
      );
      return id;
    },
    [doc, origin, t],
  );

  /**
   * Places a node centred under a point of the window (a drop, a double-click). The point is taken
   * as it is: `placeAt` snaps the node's corner to the grid once, and a point snapped before that
   * would be rounded twice and land up to a cell away from the pointer.
   */
  const placeAtScreen = useCallback(
    (kind: NodeKind, screen: { x: number; y: number }, avoidOverlap = false, props: Record<string, unknown> = {}) =>
      placeAt(kind, flow.screenToFlowPosition(screen, { snapToGrid: false }), avoidOverlap, props),
    [flow, placeAt],
  );

  const placeAtCentre = useCallback(
    (kind: NodeKind, props: Record<string, unknown> = {}) => {
      const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
      const screen = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 };
      return placeAtScreen(kind, screen, true, props);
    },
    [placeAtScreen],
  );

  return { placeAt, placeAtScreen, placeAtCentre };
}
