import * as Y from 'yjs';
import { isGroupKind, type Board, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { BOARD_FILE_KEYS, plainEdge, plainNode, plainSketch } from '../contract';
import { assumptionsOf, edgesOf, META_EXTRA_KEY, metaOf, NODE_PROPS_KEY, nodesOf, sketchesOf } from '../layout';
import { absolutePosition } from '../render/absolutePosition';
import { createEdgeMap, createNodeMap, createPropsMap, createSketchMap, readDoc, readEdgeChecked, readSketchChecked } from '../snapshot';
import { sameJson } from './sameJson';

/**
 * Makes the live document read as `board` (a past version, as `docToBoard` read it) in one
 * transaction with `origin`: one edit for everyone, which a `Y.UndoManager` tracking `origin`
 * undoes in one step, and which the history keeps like any other edit.
 *
 * It writes as little as it can, so that what others edit at the same moment survives the merge:
 * nodes, edges and sketches the board lacks are deleted, missing ones added, and of those in both only the
 * fields (and props) that differ are set or deleted; the title, the assumptions and the unknown
 * top-level fields likewise. Elements the readers leave out (a newer version's kind, a malformed
 * old one) are left as they are, unless the board holds an element of the same id, which then
 * replaces it. The one exception keeps the live document contract: such a node whose group the
 * board turns into a non-group is lifted out of it, keeping its place on the canvas.
 *
 * @example restoreBoard(doc, versionBoard, me); undoManager.undo() // the board as it was before
 */
export function restoreBoard(doc: Y.Doc, board: Board, origin: unknown = null): void {
  const before = readDoc(doc);
  const unread = new Set(before.unknownNodes.map((node) => node.id));
  doc.transact(() => {
    restoreMeta(doc, board);
    const nodes = nodesOf(doc);
    const wanted = new Map(board.nodes.map((node) => [node.id, node]));
    for (const id of [...nodes.keys()]) if (!wanted.has(id) && !unread.has(id)) nodes.delete(id);
    for (const node of board.nodes) restoreNode(nodes, node);
    const edges = edgesOf(doc);
    const wantedEdges = new Map(board.edges.map((edge) => [edge.id, edge]));
    for (const [id, yedge] of [...edges.entries()]) if (!wantedEdges.has(id) && readEdgeChecked(id, yedge)) edges.delete(id);
    for (const edge of board.edges) restoreEdge(edges, edge);
    const sketches = sketchesOf(doc);
    const wantedSketches = new Set((board.sketches ?? []).map((sketch) => sketch.id));
    for (const [id, ysketch] of [...sketches.entries()]) if (!wantedSketches.has(id) && readSketchChecked(id, ysketch)) sketches.delete(id);
    for (const sketch of board.sketches ?? []) {
      const ysketch = sketches.get(sketch.id);
      const { id: _id, ...fields } = sketch;
      if (ysketch && plainSketch(ysketch).ok) setFields(ysketch, fields);
      else sketches.set(sketch.id, createSketchMap(sketch));
    }
    liftFromFormerGroups(nodes, unread, wanted, new Map(before.board.nodes.map((node) => [node.id, node])));
  }, origin);
}

function restoreMeta(doc: Y.Doc, board: Board): void {
  const meta = metaOf(doc);
  if (meta.get('title') !== board.title) meta.set('title', board.title);
  const extra = Object.fromEntries(Object.entries(board).filter(([key, value]) => !BOARD_FILE_KEYS.has(key) && value !== undefined));
  if (Object.keys(extra).length === 0) {
    if (meta.has(META_EXTRA_KEY)) meta.delete(META_EXTRA_KEY);
  } else if (!sameJson(meta.get(META_EXTRA_KEY), extra)) meta.set(META_EXTRA_KEY, extra);
  // Read without creating when there is nothing to write: an empty map reads as no map.
  const assumptions = board.assumptions as Record<string, unknown>;
  if (meta.get('assumptions') instanceof Y.Map || Object.values(assumptions).some((value) => value !== undefined)) {
    setFields(assumptionsOf(doc), assumptions);
  }
}

function restoreNode(nodes: Y.Map<Y.Map<unknown>>, node: BoardNode): void {
  const ynode = nodes.get(node.id);
  // Diffed field by field only where the stored node reads as plain fields; anything else is replaced.
  if (!ynode || !plainNode(ynode).ok) {
    nodes.set(node.id, createNodeMap(node));
    return;
  }
  const { id: _id, props, ...fields } = node;
  setFields(ynode, fields, NODE_PROPS_KEY);
  const yprops = ynode.get(NODE_PROPS_KEY);
  if (yprops instanceof Y.Map) setFields(yprops as Y.Map<unknown>, props ?? {});
  else if (Object.values(props ?? {}).some((value) => value !== undefined)) ynode.set(NODE_PROPS_KEY, createPropsMap(props ?? {}));
}

function restoreEdge(edges: Y.Map<Y.Map<unknown>>, edge: BoardEdge): void {
  const yedge = edges.get(edge.id);
  if (!yedge || !plainEdge(yedge).ok) {
    edges.set(edge.id, createEdgeMap(edge));
    return;
  }
  const { id: _id, ...fields } = edge;
  setFields(yedge, fields);
}

/** Makes `map` hold exactly `fields` (but `kept`), writing only the keys whose value differs. */
function setFields(map: Y.Map<unknown>, fields: Record<string, unknown>, kept?: string): void {
  for (const key of [...map.keys()]) if (key !== kept && fields[key] === undefined) map.delete(key);
  for (const [key, value] of Object.entries(fields)) {
    if (key !== kept && value !== undefined && !(map.has(key) && sameJson(map.get(key), value))) map.set(key, value);
  }
}

/**
 * A node the readers leave out stays, but its group may be restored to a kind that is no group:
 * the contract refuses a child of a non-group, so such a node is lifted to the top level where
 * the group stood (as deleting a group lifts its children).
 */
function liftFromFormerGroups(
  nodes: Y.Map<Y.Map<unknown>>,
  unread: ReadonlySet<string>,
  wanted: ReadonlyMap<string, BoardNode>,
  shown: ReadonlyMap<string, BoardNode>,
): void {
  for (const id of unread) {
    const ynode = nodes.get(id);
    const parent: unknown = ynode instanceof Y.Map ? ynode.get('parent') : undefined;
    const group = typeof parent === 'string' && !wanted.has(id) ? wanted.get(parent) : undefined;
    // A parent that was no group before is an old problem, not this restore's: left as it is.
    const wasGroup = typeof parent === 'string' && isGroupKind(shown.get(parent)?.kind ?? '');
    if (!ynode || !group || !wasGroup || isGroupKind(group.kind)) continue;
    const at = absolutePosition(group.id, shown);
    for (const [axis, offset] of [['x', at.x], ['y', at.y]] as const) {
      const value = ynode.get(axis);
      if (typeof value === 'number' && Number.isFinite(value)) ynode.set(axis, value + offset);
    }
    ynode.delete('parent');
  }
}
