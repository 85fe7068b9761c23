import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import { CATALOGUE } from '../catalogue/catalogue';
import { resolveProps, type ResolvedProps } from '../catalogue/resolveProps';
import { isGroupKind, type EdgeKind, type NodeKind } from '../kinds';
import { groupChain, type ParentLink } from './groupChain';

/** A component of the board with its props resolved against the catalogue. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  parent: string | undefined;
  props: ResolvedProps;
  /** Always ≥ 1. */
  instances: number;
  managed: boolean;
}

/**
 * The board as an indexed graph: the one structure every rule, the load model and the
 * availability model read, built once per analysis so each rule stays linear.
 */
export interface BoardGraph {
  nodes: ReadonlyMap<string, GraphNode>;
  /** Edges whose two ends are components, in board order. */
  edges: readonly BoardEdge[];
  /** A component's edges by direction; absent where it has none (read as `graph.out.get(id) ?? []`). */
  out: ReadonlyMap<string, readonly BoardEdge[]>;
  in: ReadonlyMap<string, readonly BoardEdge[]>;
  /**
   * Distinct neighbours per node, indexed by a bit mask of edge kinds (`EDGE_BIT`); single kinds
   * are filled here, combinations by `targets`/`sources` on first use. Read through those.
   */
  outNodes: ReadonlyMap<string, NeighbourSlots>;
  inNodes: ReadonlyMap<string, NeighbourSlots>;
  /** Group kinds enclosing each node (`groupChain`: the groups it is drawn in), nearest first. */
  groupsOf(id: string): readonly NodeKind[];
  hasKind(kind: NodeKind): boolean;
  /**
   * Where requests enter, when fixed from outside rather than found (`entries`): a what-if drill
   * keeps the board's own entries, so a component whose balancer failed does not become one.
   */
  entryIds?: readonly string[];
}

/** Bit of each edge kind in a neighbour mask. */
export const EDGE_BIT: Readonly<Record<EdgeKind, number>> = { sync: 1, async: 2, replication: 4 };
/** Neighbour lists by edge-kind mask (1 sync, 2 async, 4 replication, and their sums). */
export type NeighbourSlots = (GraphNode[] | undefined)[];

function addNeighbour(side: Map<string, NeighbourSlots>, id: string, bit: number, other: GraphNode, big: Map<GraphNode[], Set<GraphNode>>): void {
  let slots = side.get(id);
  if (!slots) side.set(id, (slots = []));
  const list = slots[bit];
  if (!list) {
    slots[bit] = [other];
    return;
  }
  // Linear dedupe for the usual handful; a Set once a balancer fans out to hundreds.
  if (list.length < 16) {
    if (!list.includes(other)) list.push(other);
    return;
  }
  let seen = big.get(list);
  if (!seen) big.set(list, (seen = new Set(list)));
  if (seen.has(other)) return;
  seen.add(other);
  list.push(other);
}

const NO_EDGES: readonly BoardEdge[] = [];

function appendTo(side: Map<string, BoardEdge[]>, id: string, edge: BoardEdge): void {
  const list = side.get(id);
  if (list) list.push(edge);
  else side.set(id, [edge]);
}

function isComponent(node: BoardNode): boolean {
  return node.kind !== 'note' && !isGroupKind(node.kind);
}

function toGraphNode(node: BoardNode): GraphNode {
  const props = resolveProps(node.kind, node.props);
  const instances = typeof props.instances === 'number' ? props.instances : 1;
  return { id: node.id, kind: node.kind, label: node.label, parent: node.parent, props, instances, managed: CATALOGUE[node.kind].managed };
}

/**
 * Indexes a board. Dangling edges, edges touching notes or groups, and duplicate ids (first wins)
 * are ignored rather than fatal, because a board being drawn is often half-finished.
 *
 * @example buildGraph(board).out.get('lb')?.map((e) => e.to) // ['web1', 'web2']
 */
export function buildGraph(board: Board): BoardGraph {
  const nodes = new Map<string, GraphNode>();
  // Groups and notes by id: what a group chain walks through (components are in `nodes`).
  const others = new Map<string, BoardNode>();
  const kinds = new Set<NodeKind>();
  for (const node of board.nodes) {
    if (nodes.has(node.id) || others.has(node.id)) continue;
    if (isComponent(node)) {
      nodes.set(node.id, toGraphNode(node));
      kinds.add(node.kind);
    } else others.set(node.id, node);
  }
  const edges: BoardEdge[] = [];
  // A component without edges on a side has no list there (readers say `?? []`): most have none
  // on some side, and every list allocated here lives as long as the analysis.
  const out = new Map<string, BoardEdge[]>();
  const inn = new Map<string, BoardEdge[]>();
  const outNodes = new Map<string, NeighbourSlots>();
  const inNodes = new Map<string, NeighbourSlots>();
  const big = new Map<GraphNode[], Set<GraphNode>>();
  for (const edge of board.edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from || !to || from === to) continue;
    edges.push(edge);
    appendTo(out, edge.from, edge);
    appendTo(inn, edge.to, edge);
    const bit = EDGE_BIT[edge.kind];
    addNeighbour(outNodes, from.id, bit, to, big);
    addNeighbour(inNodes, to.id, bit, from, big);
  }
  const groupCache = new Map<string, readonly NodeKind[]>();
  function groupsOf(id: string): readonly NodeKind[] {
    const cached = groupCache.get(id);
    if (cached) return cached;
    const node: ParentLink | undefined = nodes.get(id) ?? others.get(id);
    const found = node ? groupChain<ParentLink>(node, others).map((group) => group.kind) : [];
    groupCache.set(id, found);
    return found;
  }
  const kindCount = new Map<NodeKind, number>();
  for (const node of nodes.values()) kindCount.set(node.kind, (kindCount.get(node.kind) ?? 0) + 1);
  const graph: BoardGraph = { nodes, edges, out, in: inn, outNodes, inNodes, groupsOf, hasKind: (kind) => kinds.has(kind) };
  EDITABLE.set(graph, { nodes, others, edges, out, in: inn, outNodes, inNodes, groupCache, kinds, kindCount });
  return graph;
}

/** What `buildGraph` built, writable, for `editGraph`. */
interface GraphParts {
  nodes: Map<string, GraphNode>;
  others: ReadonlyMap<string, BoardNode>;
  edges: BoardEdge[];
  out: Map<string, BoardEdge[]>;
  in: Map<string, BoardEdge[]>;
  outNodes: Map<string, NeighbourSlots>;
  inNodes: Map<string, NeighbourSlots>;
  groupCache: Map<string, readonly NodeKind[]>;
  kinds: Set<NodeKind>;
  kindCount: Map<NodeKind, number>;
}
const EDITABLE = new WeakMap<BoardGraph, GraphParts>();

/** One structural edit `editGraph` makes in place: what `buildGraph` of the edited board would index. */
export type GraphEdit =
  | { type: 'addComponent'; node: BoardNode; place?: Place<BoardNode> }
  | { type: 'removeComponent'; id: string }
  | { type: 'addEdge'; edge: BoardEdge; place?: Place<BoardEdge> }
  | { type: 'removeEdge'; edge: BoardEdge };

/** Where an element added comes on the edited board: the board's list and its index there. Absent: last. */
export interface Place<T> {
  list: readonly T[];
  index: number;
}

/**
 * How many elements after one added `editGraph` looks at for one it holds, to put the new one
 * before it; past that (a run of notes, groups or other new elements) it gives up and the caller
 * builds the graph again.
 */
const PLACE_LOOKAHEAD = 8;

/**
 * Patches a graph from `buildGraph` in place so it indexes the board after `edit`, as `buildGraph`
 * of that board would: a component added (with no edge yet), one removed with its edges, an edge
 * added, or one removed. An element added goes last, or at its `place` on the board (then the
 * component map, or the edge list and its ends' lists, are built again in board order: linear, but
 * only pointer work). Only the neighbour lists of the edit's ends are rebuilt. The caller makes sure the edit is one of those
 * (the live analysis's `boardChange` does); `false` when the graph was not built by `buildGraph`,
 * or the element after a `place` is too far to find (nothing was changed then).
 *
 * @example editGraph(graph, { type: 'addEdge', edge: { id: 'e9', from: 'web1', to: 'cache', kind: 'sync' } })
 */
export function editGraph(graph: BoardGraph, edit: GraphEdit): boolean {
  const parts = EDITABLE.get(graph);
  if (!parts) return false;
  switch (edit.type) {
    case 'addComponent': {
      const node = toGraphNode(edit.node);
      if (edit.place && !insertNode(parts, node, edit.place)) return false;
      parts.nodes.set(node.id, node);
      parts.kinds.add(node.kind);
      parts.kindCount.set(node.kind, (parts.kindCount.get(node.kind) ?? 0) + 1);
      parts.groupCache.delete(node.id);
      return true;
    }
    case 'removeComponent': {
      const node = parts.nodes.get(edit.id);
      if (!node) return true;
      removeIndexed(parts, new Set([...(parts.out.get(edit.id) ?? []), ...(parts.in.get(edit.id) ?? [])]));
      parts.nodes.delete(edit.id);
      parts.groupCache.delete(edit.id);
      const left = (parts.kindCount.get(node.kind) ?? 1) - 1;
      if (left > 0) parts.kindCount.set(node.kind, left);
      else {
        parts.kindCount.delete(node.kind);
        parts.kinds.delete(node.kind);
      }
      return true;
    }
    case 'addEdge': {
      const { edge } = edit;
      if (!parts.nodes.has(edge.from) || !parts.nodes.has(edge.to) || edge.from === edge.to) return true;
      if (edit.place) {
        if (!insertEdge(parts, edge, edit.place)) return false;
      } else {
        parts.edges.push(edge);
        appendTo(parts.out, edge.from, edge);
        appendTo(parts.in, edge.to, edge);
      }
      reindex(parts, edge.from);
      reindex(parts, edge.to);
      return true;
    }
    case 'removeEdge':
      removeIndexed(parts, new Set([edit.edge]));
      return true;
  }
}

/** The first element after `place` that `holds` accepts; `null` when there is none (the new one goes last), `undefined` past the lookahead. */
function following<T>(place: Place<T>, holds: (item: T) => boolean): T | null | undefined {
  const end = Math.min(place.list.length, place.index + 1 + PLACE_LOOKAHEAD);
  for (let k = place.index + 1; k < end; k++) if (holds(place.list[k]!)) return place.list[k]!;
  return end === place.list.length ? null : undefined;
}

/** Puts a new component before the first one after it on the board (a Map keeps insertion order: it is built again). */
function insertNode(parts: GraphParts, node: GraphNode, place: Place<BoardNode>): boolean {
  const next = following(place, (other) => parts.nodes.has(other.id) && other.id !== node.id);
  if (next === undefined) return false;
  if (next === null) return true;
  const all = Array.from(parts.nodes.values());
  parts.nodes.clear();
  for (const other of all) {
    if (other.id === next.id) parts.nodes.set(node.id, node);
    parts.nodes.set(other.id, other);
  }
  return true;
}

/** Puts a new edge before the first one after it on the board, in the edge list and its ends' lists (rebuilt in board order). */
function insertEdge(parts: GraphParts, edge: BoardEdge, place: Place<BoardEdge>): boolean {
  let at = -1;
  const next = following(place, (other) => other !== edge && (at = parts.edges.indexOf(other)) >= 0);
  if (next === undefined) return false;
  if (next === null) parts.edges.push(edge);
  else parts.edges.splice(at, 0, edge);
  parts.out.set(edge.from, parts.edges.filter((e) => e.from === edge.from));
  parts.in.set(edge.to, parts.edges.filter((e) => e.to === edge.to));
  return true;
}

function removeIndexed(parts: GraphParts, gone: ReadonlySet<BoardEdge>): void {
  if (gone.size === 0) return;
  const ends = new Set<string>();
  for (const edge of gone) {
    ends.add(edge.from);
    ends.add(edge.to);
  }
  let kept = 0;
  for (const edge of parts.edges) if (!gone.has(edge)) parts.edges[kept++] = edge;
  parts.edges.length = kept;
  for (const side of [parts.out, parts.in]) {
    for (const id of ends) {
      const list = side.get(id)?.filter((e) => !gone.has(e));
      if (list && list.length > 0) side.set(id, list);
      else side.delete(id);
    }
  }
  for (const id of ends) reindex(parts, id);
}

/** Rebuilds one component's neighbour lists from its edges, in board order, as `buildGraph` fills them. */
function reindex(parts: GraphParts, id: string): void {
  const big = new Map<GraphNode[], Set<GraphNode>>();
  parts.outNodes.delete(id);
  parts.inNodes.delete(id);
  for (const edge of parts.out.get(id) ?? []) addNeighbour(parts.outNodes, id, EDGE_BIT[edge.kind], parts.nodes.get(edge.to)!, big);
  for (const edge of parts.in.get(id) ?? []) addNeighbour(parts.inNodes, id, EDGE_BIT[edge.kind], parts.nodes.get(edge.from)!, big);
}

/**
 * The graph with some components taken out (a what-if drill's failures), sharing everything the
 * removal does not touch: only the neighbour lists of the removed components' neighbours are
 * rebuilt, so a drill costs a fraction of indexing the board again.
 *
 * @example withoutNodes(graph, new Set(['db'])).nodes.has('db') // false
 */
export function withoutNodes(graph: BoardGraph, removed: ReadonlySet<string>): BoardGraph {
  if (removed.size === 0) return graph;
  const nodes = new Map<string, GraphNode>();
  const kinds = new Set<NodeKind>();
  for (const [id, node] of graph.nodes) {
    if (removed.has(id)) continue;
    nodes.set(id, node);
    kinds.add(node.kind);
  }
  const touched = new Set<string>();
  for (const id of removed) {
    for (const edge of graph.out.get(id) ?? []) touched.add(edge.to);
    for (const edge of graph.in.get(id) ?? []) touched.add(edge.from);
  }
  const kept = (edge: BoardEdge) => !removed.has(edge.from) && !removed.has(edge.to);
  const out = new Map<string, readonly BoardEdge[]>();
  const inn = new Map<string, readonly BoardEdge[]>();
  const outNodes = new Map<string, NeighbourSlots>();
  const inNodes = new Map<string, NeighbourSlots>();
  const big = new Map<GraphNode[], Set<GraphNode>>();
  for (const id of nodes.keys()) {
    const outEdges = graph.out.get(id) ?? NO_EDGES;
    const inEdges = graph.in.get(id) ?? NO_EDGES;
    if (!touched.has(id)) {
      if (outEdges.length > 0) out.set(id, outEdges);
      if (inEdges.length > 0) inn.set(id, inEdges);
      const outSlots = graph.outNodes.get(id);
      const inSlots = graph.inNodes.get(id);
      if (outSlots) outNodes.set(id, outSlots);
      if (inSlots) inNodes.set(id, inSlots);
      continue;
    }
    const outKept = outEdges.filter(kept);
    const inKept = inEdges.filter(kept);
    if (outKept.length > 0) out.set(id, outKept);
    if (inKept.length > 0) inn.set(id, inKept);
    for (const edge of outKept) addNeighbour(outNodes, id, EDGE_BIT[edge.kind], nodes.get(edge.to)!, big);
    for (const edge of inKept) addNeighbour(inNodes, id, EDGE_BIT[edge.kind], nodes.get(edge.from)!, big);
  }
  return { ...graph, nodes, edges: graph.edges.filter(kept), out, in: inn, outNodes, inNodes, hasKind: (kind) => kinds.has(kind) };
}
