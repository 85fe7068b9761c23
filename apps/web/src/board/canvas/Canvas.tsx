import { Background, BackgroundVariant, ConnectionMode, MiniMap, ReactFlow, SelectionMode, useStore } from '@xyflow/react';
import { memo, useCallback, useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardEdge, BoardNode, NodeKind } from '@scaleboard/rules';
import { NODE_KINDS } from '@scaleboard/rules';
import { useRulesLang } from '../../i18n/rulesLang';
import { useThemeContext } from '../../theme/ThemeContext';
import { usePeers } from '../../sync/usePeers';
import { useBoard } from '../BoardContext';
import type { Undo } from '../history/useUndo';
import { BoardEdgeView } from './BoardEdgeView';
import { cachedLabels } from './cachedLabels';
import { ComponentNode } from './ComponentNode';
import { EdgeMarkers } from './EdgeMarkers';
import type { UnknownNode as UnknownBoardNode } from '@scaleboard/board';
import type { BoardFlowEdge, CanvasFlowNode } from './flowTypes';
import { GroupNode } from './GroupNode';
import { NoteNode } from './NoteNode';
import { RemoteCursors } from './RemoteCursors';
import { BOX_SIZE_VARIABLES } from './sizeOf';
import { createReuser } from './reuseUnchanged';
import { toFlowEdges, toFlowNodes, toUnknownFlowNodes } from './toFlow';
import { UnknownNode } from './UnknownNode';
import { useConnect } from './useConnect';
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
import { useOpeningFit } from './useOpeningFit';
import type { Selection } from './useSelection';

const nodeTypes = { component: ComponentNode, group: GroupNode, note: NoteNode, unknown: UnknownNode };
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

interface CanvasProps {
  /** From `useDrawnNodes`: the same array across edits the canvas does not show. */
  nodes: BoardNode[];
  /** Nodes the board leaves out, drawn as plain "Unknown component" boxes. */
  unknownNodes: UnknownBoardNode[];
  edges: BoardEdge[];
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
export const Canvas = memo(function Canvas({ nodes: boardNodes, unknownNodes, edges: boardEdges, selection, awareness, undo, loaded }: CanvasProps) {
  const { t } = useTranslation();
  const { readOnly, setEditingId } = useBoard();
  const { theme } = useThemeContext();
  const peers = usePeers(awareness);
  const remote = useRemoteMarks(peers);
  // Stable identities: each handler that changes is one more xyflow store update on every edit.
  const changes = useFlowChanges(selection);
  const { measured } = changes;
  const onNodesChange = useStableCallback(changes.onNodesChange);
  const onEdgesChange = useStableCallback(changes.onEdgesChange);
  const connect = useConnect();
  const onConnect = useStableCallback(connect.onConnect);
  const onConnectEnd = useStableCallback(connect.onConnectEnd);
  const drag = useDragIntoGroups(undo);
  const onNodeDragStart = useStableCallback(drag.onNodeDragStart);
  const onNodeDragStop = useStableCallback(drag.onNodeDragStop);
  useOpeningFit(loaded, boardNodes.length + unknownNodes.length === 0, readOnly);
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
  const nodes = useMemo(
    () =>
      reuseNodes([
        ...toFlowNodes(boardNodes, {
          selected: selection.nodes,
          measured,
          remote,
          kindLabel: labels.kindLabel,
          ariaLabel: labels.nodeAria,
          nodeDescriptionId,
        }),
        ...toUnknownFlowNodes(unknownNodes, labels.unknownAria),
      ]),
    [reuseNodes, boardNodes, unknownNodes, selection.nodes, measured, remote, labels, nodeDescriptionId],
  );
  const edges = useMemo(
    () =>
      reuseEdges(toFlowEdges(boardEdges, boardNodes, {
        selected: selection.edges,
        ariaLabel: labels.edgeAria,
      })),
    [reuseEdges, boardEdges, boardNodes, selection.edges, labels],
  );

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
      placeAtScreen(kind, { x: event.clientX, y: event.clientY });
    },
    [placeAtScreen, readOnly],
  );
  const onNodeDoubleClick = useStableCallback((_: unknown, node: CanvasFlowNode) => {
    if (!readOnly && node.type !== 'unknown') setEditingId(node.id);
  });

  return (
    <div
      className="canvas"
      style={BOX_SIZE_VARIABLES}
      data-edge-motion={nodes.length + edges.length > ANIMATED_EDGES_UP_TO ? 'off' : undefined}
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
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} className="canvas-background" />
        <MiniMap
          position="bottom-left"
          pannable
          zoomable
          ariaLabel={t('controls.minimap')}
          className="minimap"
          nodeBorderRadius={6}
          nodeClassName={minimapNodeClass}
        />
        <EdgeMarkers />
        <RemoteCursors peers={peers} />
      </ReactFlow>
    </div>
  );
});
