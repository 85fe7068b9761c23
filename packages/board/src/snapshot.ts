import * as Y from 'yjs';
import { BOARD_FORMAT, type Board, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { assumptionsOf, edgesOf, META_EXTRA_KEY, metaOf, NODE_PROPS_KEY, nodesOf, type YEdge, type YNode } from './layout';

const KNOWN_BOARD_KEYS = new Set(['format', 'title', 'assumptions', 'nodes', 'edges']);

/**
 * Reads the live document as a plain `scaleboard/v1` board: what export, report and the rules see.
 * Nodes and edges come out sorted by id so the same document always gives the same file.
 *
 * @example const board = docToBoard(doc); board.nodes.length
 */
export function docToBoard(doc: Y.Doc): Board {
  const nodes: BoardNode[] = [];
  for (const [id, ynode] of nodesOf(doc)) {
    if (ynode instanceof Y.Map) nodes.push(readNode(id, ynode));
  }
  const edges: BoardEdge[] = [];
  for (const [id, yedge] of edgesOf(doc)) {
    if (yedge instanceof Y.Map) edges.push(readEdge(id, yedge));
  }
  return { ...readBoardMeta(doc), nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

/** Elements in the order of their ids, as in every board read from a document. */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A board without its nodes and edges. */
export type BoardMeta = Pick<Board, 'format' | 'title' | 'assumptions'> & Record<string, unknown>;

/**
 * A board without its nodes and edges: format, title, unknown top-level fields, assumptions.
 *
 * @example readBoardMeta(doc).assumptions
 */
export function readBoardMeta(doc: Y.Doc): BoardMeta {
  const meta = metaOf(doc);
  const extra = meta.get(META_EXTRA_KEY);
  return {
    format: BOARD_FORMAT,
    title: typeof meta.get('title') === 'string' ? (meta.get('title') as string) : 'Untitled board',
    ...(isPlainObject(extra) ? extra : {}),
    // Read without creating: a read must never write, or a client that reads before its first
    // sync creates its own `assumptions` map and races the server's for the same key.
    assumptions: readAssumptions(meta),
  };
}

/**
 * Writes a board into a document in one transaction, replacing what was there.
 *
 * @example boardToDoc(parsed.board, doc)
 */
export function boardToDoc(board: Board, doc: Y.Doc, origin: unknown = null): void {
  doc.transact(() => {
    const meta = metaOf(doc);
    meta.set('title', board.title);
    const extra = Object.fromEntries(Object.entries(board).filter(([key]) => !KNOWN_BOARD_KEYS.has(key)));
    if (Object.keys(extra).length > 0) meta.set(META_EXTRA_KEY, extra);
    else meta.delete(META_EXTRA_KEY);
    const assumptions = assumptionsOf(doc);
    assumptions.clear();
    for (const [key, value] of Object.entries(board.assumptions)) if (value !== undefined) assumptions.set(key, value);
    nodesOf(doc).clear();
    for (const node of board.nodes) nodesOf(doc).set(node.id, createNodeMap(node));
    edgesOf(doc).clear();
    for (const edge of board.edges) edgesOf(doc).set(edge.id, createEdgeMap(edge));
  }, origin);
}

/** @example nodesOf(doc).set('lb', createNodeMap({ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} })) */
export function createNodeMap(node: BoardNode): YNode {
  const ynode = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' || key === NODE_PROPS_KEY || value === undefined) continue;
    ynode.set(key, value);
  }
  const props = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(node.props ?? {})) if (value !== undefined) props.set(key, value);
  ynode.set(NODE_PROPS_KEY, props);
  return ynode;
}

/** @example edgesOf(doc).set('e1', createEdgeMap({ id: 'e1', from: 'a', to: 'b', kind: 'sync' })) */
export function createEdgeMap(edge: BoardEdge): YEdge {
  const yedge = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(edge)) {
    if (key === 'id' || value === undefined) continue;
    yedge.set(key, value);
  }
  return yedge;
}

/** @example readNode('lb', nodesOf(doc).get('lb')!) */
export function readNode(id: string, ynode: YNode): BoardNode {
  const fields = ynode.toJSON() as Record<string, unknown>;
  const props = ynode.get(NODE_PROPS_KEY);
  return {
    ...fields,
    id,
    kind: fields.kind as BoardNode['kind'],
    label: typeof fields.label === 'string' ? fields.label : '',
    x: typeof fields.x === 'number' ? fields.x : 0,
    y: typeof fields.y === 'number' ? fields.y : 0,
    props: props instanceof Y.Map ? (props.toJSON() as Record<string, unknown>) : {},
  };
}

/** @example readEdge('e1', edgesOf(doc).get('e1')!) */
export function readEdge(id: string, yedge: YEdge): BoardEdge {
  const fields = yedge.toJSON() as Record<string, unknown>;
  return {
    ...fields,
    id,
    from: String(fields.from ?? ''),
    to: String(fields.to ?? ''),
    kind: (fields.kind as BoardEdge['kind']) ?? 'sync',
  };
}

function readAssumptions(meta: Y.Map<unknown>): Record<string, unknown> {
  const assumptions = meta.get('assumptions');
  return assumptions instanceof Y.Map ? (assumptions.toJSON() as Record<string, unknown>) : {};
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
