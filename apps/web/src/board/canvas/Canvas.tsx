import { ConnectionMode, MiniMap, ReactFlow, SelectionMode, useStore } from '@xyflow/react';
import { memo, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { NodeChange } from '@xyflow/react';
import type { BoardEdge, BoardNode, BoardSketch, NodeKind } from '@scaleboard/rules';
import { NODE_KINDS } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { useThemeContext } from '../../theme/ThemeContext';
import { usePeers } from '../../sync/usePeers';
import { BoardShownContext } from '../analysis/AnalysisContext';
import { useBoard } from '../BoardContext';
import type { Undo } from '../history/useUndo';
import { BigBoardMinimap } from './BigBoardMinimap';
import { BoardEdgeView } from './BoardEdgeView';
import { cachedLabels } from './cachedLabels';
import { DotGrid } from './DotGrid';
import { ComponentNode } from './ComponentNode';
import { boardPicture, useBoardPictureHolder } from './boardPicture';
import { CULL_ABOVE_NODES, boardRects, createDecorator, edgesForFlow, intersects, nodesForFlow } from './culling';
import { EdgeMarkers } from './EdgeMarkers';
import { boardLayout, moveSketches, type BoxOf, type UnknownNode as UnknownBoardNode } from '@scaleboard/board';
import { SketchLayer } from '../sketching/SketchLayer';
import { PRESET_MIME, presetProps } from '../palette/palettePresets';
import { SketchNode } from '../sketching/SketchNode';
import { sketchIdOf, toSketchFlowNodes } from '../sketching/toSketchFlowNodes';
import type { BoardFlowEdge, CanvasFlowNode, Size } from './flowTypes';
import { GroupNode } from './GroupNode';
import { LodLayer } from './LodLayer';
import { NoteNode } from './NoteNode';
import { RemoteCursors } from './RemoteCursors';
import { BOX_SIZE_VARIABLES } from './sizeOf';
import { createReuser } from './reuseUnchanged';
import { toFlowEdges, toFlowNodes, toUnknownFlowNodes } from './toFlow';
import { UnknownNode } from './UnknownNode';
import { useConnect } from './useConnect';
import { useCullView } from './useCullView';
import { useCursorBroadcast } from './useCursorBroadcast';
import { useDragIntoGroups } from './useDragIntoGroups';
import { useFlowChanges } from './useFlowChanges';
import { KIND_MIME, usePlaceNode } from './usePlaceNode';
import { useRemoteMarks } from './useRemoteMarks';
import { useStableCallback } from './useStableCallback';
import { useModifierKey } from './useModifierKey';
import { NAVIGATION_PROPS } from './navigationProps';
import { useNoteOnDoubleClick } from './useNoteOnDoubleClick';
import { useSpaceHeld } from './useSpaceHeld';
import { useNavigationScheme } from '../../profile/useNavigationScheme';
import { useOpeningFit } from './useFitBoard';
import type { Selection } from './useSelection';

const nodeTypes = { component: ComponentNode, group: GroupNode, note: NoteNode, unknown: UnknownNode, sketch: SketchNode };
const edgeTypes = { board: BoardEdgeView };
const SNAP: [number, number] = [16, 16];
/**
 * Above this many nodes and edges the async edges' flowing dashes stand still. The animation makes
 * Chromium restyle and repaint the whole canvas on every frame, forever: on the 1,000-component
 * benchmark board about 25 ms of main-thread time per frame, half of what an edit cost
 * (docs/BENCHMARKS.md). The templates and hand-drawn boards stay far below it.
 */
const ANIMATED_EDGES_UP_TO = 300;
const PRO_OPTIONS = { hideAttribution: true };
/** The arrow-key moves xyflow announces, by its English direction word. */
const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
const isDirection = (word: string): word is (typeof DIRECTIONS)[number] => (DIRECTIONS as readonly string[]).includes(word);
// Module-level: a new function per render would re-render every node of the minimap on every edit.
const minimapNodeClass = (node: CanvasFlowNode) => `minimap-node minimap-${String(node.type)}`;
/** The flow nodes' base carries no measured sizes: `createDecorator` adds them without a rebuild. */
const UNMEASURED: ReadonlyMap<string, Size> = new Map();

interface CanvasProps {
  /** From `useDrawnNodes`: the same array across edits the canvas does not show. */
  nodes: BoardNode[];
  /** Nodes the board leaves out, drawn as plain "Unknown component" boxes. */
  unknownNodes: UnknownBoardNode[];
  edges: BoardEdge[];
  /** Pen strokes and sketch shapes, drawn above the cards. */
  sketches: BoardSketch[];
  selection: Selection;
  awareness: Awareness;
  undo: Undo;
  /** The board has loaded (the first sync is done): what it shows now is what it opened with. */
  loaded: boolean;
}

/**
 * The infinite canvas: renders the document through xyflow and turns gestures into edits.
 * Memoised: a property edit (the inspector's everyday work) changes none of its props, and on a
 * 1,000-component board re-rendering it costs milliseconds for nothing (docs/BENCHMARKS.md).
 */
export const Canvas = memo(function Canvas({ nodes: boardNodes, unknownNodes, edges: boardEdges, sketches, selection, awareness, undo, loaded }: CanvasProps) {
  const { t } = useTranslation();
  const { doc, gestureOrigin, readOnly, setEditingId, setEditingEdgeId, tool } = useBoard();
  const { theme } = useThemeContext();
  const peers = usePeers(awareness);
  const remote = useRemoteMarks(peers);
  // Stable identities: each handler that changes is one more xyflow store update on every edit.
  const changes = useFlowChanges(selection, boardNodes.length <= CULL_ABOVE_NODES);
  const { measured, dragged } = changes;
  // Where an attached arrow ends: the components' boxes as the exports place them, read only when an arrow is attached.
  const boxOf = useMemo<BoxOf>(() => {
    if (!sketches.some((sketch) => sketch.from !== undefined || sketch.to !== undefined)) return () => undefined;
    return boardLayout({ format: 'scaleboard/v1', title: '', assumptions: {}, nodes: boardNodes, edges: [] }).boxOf;
  }, [sketches, boardNodes]);
  const sketchNodes = useMemo(
    () => toSketchFlowNodes(sketches, boxOf, selection.sketches, (shape) => t(`sketch.shapes.${shape}`)),
    [sketches, boxOf, selection.sketches, t],
  );
  // Sketches are moved and selected here; the components' changes go on to useFlowChanges.
  const onNodesChange = useStableCallback((all: NodeChange<CanvasFlowNode>[]) => {
    const moves: Array<{ id: string; x: number; y: number }> = [];
    const selects: Array<{ id: string; selected: boolean }> = [];
    const others = all.filter((change) => {
      const id = 'id' in change ? sketchIdOf(change.id) : undefined;
      if (id === undefined) return true;
      if (change.type === 'select') selects.push({ id, selected: change.selected });
      const offset = sketchNodes.find((node) => node.data.sketchId === id)?.data.offset;
      if (change.type === 'position' && change.position && offset && !readOnly) {
        moves.push({ id, x: Math.round(change.position.x - offset.x), y: Math.round(change.position.y - offset.y) });
      }
      return false;
    });
    if (moves.length) moveSketches(doc, moves, gestureOrigin);
    if (selects.length) selection.apply({ sketches: selects });
    if (others.length) changes.onNodesChange(others);
  });
  const onEdgesChange = useStableCallback(changes.onEdgesChange);
  const connect = useConnect();
  const onConnect = useStableCallback(connect.onConnect);
  const onConnectEnd = useStableCallback(connect.onConnectEnd);
  const drag = useDragIntoGroups(undo);
  const onNodeDragStart = useStableCallback(drag.onNodeDragStart);
  const onNodeDragStop = useStableCallback((...args: Parameters<typeof drag.onNodeDragStop>) => {
    changes.endDrag();
    drag.onNodeDragStop(...args);
  });
  const cursor = useCursorBroadcast(awareness);
  const { placeAtScreen } = usePlaceNode();
  const modifier = useModifierKey();
  const navigation = NAVIGATION_PROPS[useNavigationScheme()];
  const onDoubleClick = useNoteOnDoubleClick();
  const spaceHeld = useSpaceHeld();

  const lang = useRulesLang();
  const labels = useMemo(() => cachedLabels(t, lang), [lang, t]);
  // xyflow describes every node with one shared element; a node that adds its own description keeps it.
  const nodeDescriptionId = `react-flow__node-desc-${useStore((state) => state.rfId)}`;
  const reuseNodes = useMemo(() => createReuser<CanvasFlowNode>(), []);
  const reuseEdges = useMemo(() => createReuser<BoardFlowEdge>(), []);
  const decorate = useMemo(() => createDecorator(), []);
  // A big board keeps only the cards near the viewport in the DOM, and none below the
  // level-of-detail zoom, where LodLayer draws it (docs/BENCHMARKS.md, "Canvas").
  const big = boardNodes.length > CULL_ABOVE_NODES;
  const view = useCullView(big);
  const rects = useMemo(() => (big ? boardRects(boardNodes, measured) : null), [big, boardNodes, measured]);
  // The whole board for the minimap, the level-of-detail picture and fitting: xyflow gets only the
  // cards near the viewport (nodesForFlow). Held before the opening fit's effect reads it.
  const picture = useMemo(() => (rects ? boardPicture(rects, boardNodes, selection.nodes, boardEdges) : null), [rects, boardNodes, selection.nodes, boardEdges]);
  const pictureHolder = useBoardPictureHolder();
  useLayoutEffect(() => {
    pictureHolder.current = picture;
  }, [pictureHolder, picture]);
  const fitted = useOpeningFit(loaded, boardNodes.length + unknownNodes.length === 0);
  // Between the first sync and the opening fit (a frame or two) a big board mounts no card: the
  // view is about to leave the default one, and cards built for it would be thrown away.
  const fitting = big && loaded && !fitted;
  const isHidden = useCallback(
    (id: string) => {
      // A board that has just become big has no cull view until the effect that chooses it has
      // run: for that one render nothing is shown, rather than every card, connection and minimap
      // node of the board (the whole board was mounted once on opening, then culled).
      if (!view) return big;
      if (view.lod || fitting) return true;
      const rect = rects?.get(id);
      return rect !== undefined && !intersects(rect, view.region);
    },
    [view, big, fitting, rects],
  );
  const baseNodes = useMemo(
    () =>
      reuseNodes([
        ...toFlowNodes(boardNodes, {
          selected: selection.nodes,
          measured: UNMEASURED,
          remote,
          kindLabel: labels.kindLabel,
          ariaLabel: labels.nodeAria,
          nodeDescriptionId,
        }),
        ...toUnknownFlowNodes(unknownNodes, labels.unknownAria),
      ]),
    [reuseNodes, boardNodes, unknownNodes, selection.nodes, remote, labels, nodeDescriptionId],
  );
  const allEdges = useMemo(
    () =>
      reuseEdges(toFlowEdges(boardEdges, boardNodes, {
        selected: selection.edges,
        ariaLabel: labels.edgeAria,
      })),
    [reuseEdges, boardEdges, boardNodes, selection.edges, labels],
  );
  const nodes = useMemo(() => {
    const defaultSize = rects ? (id: string) => rects.get(id) ?? { width: 0, height: 0 } : undefined;
    const decorated = decorate(baseNodes, { measured, dragged, isHidden, defaultSize });
    // A big board gives xyflow only what is near the viewport: its work on every pan frame follows
    // the cards seen, not the board (docs/canvas.md).
    const given = big ? nodesForFlow(decorated, allEdges) : decorated;
    return sketchNodes.length ? [...given, ...sketchNodes] : given;
  }, [decorate, baseNodes, measured, dragged, isHidden, rects, big, allEdges, sketchNodes]);
  const edges = useMemo(() => (big ? edgesForFlow(allEdges, nodes) : allEdges), [big, allEdges, nodes]);
  const lod = view?.lod === true;
  // A big board is shown once the view it opens with is drawn (not the default view the opening fit
  // is about to leave; before the first sync there is no fit to wait for). Its analysis waits for
  // that, and starts in a task of its own, after the frame that drew the board.
  const shown = useContext(BoardShownContext);
  const opened = big && (fitted || !loaded);
  const onPictureDrawn = useMemo(() => {
    if (!opened) return undefined;
    let told = false;
    return () => {
      if (!told) setTimeout(shown);
      told = true;
    };
  }, [opened, shown]);
  useEffect(() => {
    if (!opened || lod) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(shown)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [opened, lod, shown]);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('a11y.nodeNoKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('a11y.moved', { direction: isDirection(direction) ? t(`a11y.directions.${direction}`) : direction, x, y }),
      'edge.a11yDescription.default': t('a11y.edge'),
      'minimap.ariaLabel': t('controls.minimap'),
      'handle.ariaLabel': t('a11y.handle'),
    }),
    [t],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(KIND_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const kind = event.dataTransfer.getData(KIND_MIME) as NodeKind;
      if (readOnly || !(NODE_KINDS as readonly string[]).includes(kind)) return;
      event.preventDefault();
      placeAtScreen(kind, { x: event.clientX, y: event.clientY }, false, presetProps(event.dataTransfer.getData(PRESET_MIME)));
    },
    [placeAtScreen, readOnly],
  );
  // While the view moves, the viewport is its own compositor layer: a pan frame moves the cards'
  // pixels instead of painting them again. Dropped at the end, so text is drawn sharp at the new zoom.
  const wrapper = useRef<HTMLDivElement>(null);
  const onMoveStart = useCallback(() => wrapper.current?.setAttribute('data-moving', ''), []);
  const onMoveEnd = useCallback(() => wrapper.current?.removeAttribute('data-moving'), []);
  const onNodeDoubleClick = useStableCallback((_: unknown, node: CanvasFlowNode) => {
    if (!readOnly && node.type !== 'unknown' && node.type !== 'sketch') setEditingId(node.id);
  });
  const onEdgeDoubleClick = useStableCallback((_: unknown, edge: BoardFlowEdge) => {
    if (!readOnly) setEditingEdgeId(edge.id);
  });

  return (
    <div
      ref={wrapper}
      className="canvas"
      style={BOX_SIZE_VARIABLES}
      data-tool={tool}
      data-edge-motion={boardNodes.length + boardEdges.length > ANIMATED_EDGES_UP_TO ? 'off' : undefined}
      onPointerMove={cursor.onPointerMove}
      onPointerLeave={cursor.onPointerLeave}
      onPointerDownCapture={modifier.onPointerDownCapture}
      onDoubleClick={onDoubleClick}
    >
      <ReactFlow<CanvasFlowNode, BoardFlowEdge>
        aria-label={t('board.canvas')}
        ariaLabelConfig={ariaLabelConfig}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={theme}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        onDragOver={onDragOver}
        onDrop={onDrop}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly && !spaceHeld}
        nodesConnectable={!readOnly}
        nodesFocusable
        edgesFocusable
        elementsSelectable
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={modifier.keyCode}
        zoomActivationKeyCode={modifier.keyCode}
        selectionMode={SelectionMode.Partial}
        {...navigation}
        snapToGrid
        snapGrid={SNAP}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={2.5}
        // xyflow then mounts a wrapper (and a store subscription run on every pan frame) only per
        // card and connection in view, not one per element of the board.
        onlyRenderVisibleElements={big}
        proOptions={PRO_OPTIONS}
      >
        <DotGrid gap={SNAP[0]} size={1.2} />
        {picture ? (
          <BigBoardMinimap picture={picture} ariaLabel={t('controls.minimap')} theme={theme} />
        ) : (
          <MiniMap
            position="bottom-left"
            pannable
            zoomable
            ariaLabel={t('controls.minimap')}
            className="minimap"
            nodeBorderRadius={6}
            nodeClassName={minimapNodeClass}
          />
        )}
        <EdgeMarkers />
        {lod && picture ? <LodLayer picture={picture} theme={theme} onDrawn={onPictureDrawn} /> : null}
        <RemoteCursors peers={peers} />
        <SketchLayer />
      </ReactFlow>
    </div>
  );
});
