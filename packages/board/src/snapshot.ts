import * as Y from 'yjs';
import {
  assumptionsSchema,
  BOARD_FORMAT,
  edgeSchema,
  isJsonValue,
  MAX_LABEL_LENGTH,
  nodeSchema,
  sketchSchema,
  labelLimitOf,
  storableTextOf,
  TEXT_LIMITS,
  type TextLimit,
  type Board,
  type BoardEdge,
  type BoardNode,
  type BoardSketch,
} from '@scaleboard/rules';
import { BOARD_FILE_KEYS, ELEMENT_DEPTH, plainEdge, plainNode, plainSketch } from './contract';
import { assumptionsOf, edgesOf, META_EXTRA_KEY, metaOf, NODE_PROPS_KEY, nodesOf, sketchesOf, type YEdge, type YNode, type YSketch } from './layout';

/**
 * Reads the live document as a plain `scaleboard/v1` board: what export, report and the rules see.
 * Nodes and edges come out sorted by id so the same document always gives the same file, and
 * only elements that keep the board file contract come out (see `readDoc`), so the board always
 * passes `parseBoard`.
 *
 * @example const board = docToBoard(doc); board.nodes.length
 */
export function docToBoard(doc: Y.Doc): Board {
  return readDoc(doc).board;
}

/** A node left out of the board, as much of it as the canvas needs to show where it stands. */
export interface UnknownNode {
  id: string;
  /** What the document says, which this version may not know (a newer client's component). */
  kind: string;
  label: string;
  x: number;
  y: number;
}

/** A board read from a live document, and what was left out of it. */
export interface DocReading {
  board: Board;
  /** How many nodes, edges and sketches break the board file contract and were left out. */
  skipped: { nodes: number; edges: number; sketches: number };
  /** Every node left out, sorted by id: kept in the document untouched, shown as unknown boxes. */
  unknownNodes: UnknownNode[];
}

/**
 * Reads the live document and says what it left out. A node of a kind this version does not know
 * (written by a newer client during a rolling deploy) or an element with fields of the wrong type
 * (an old log, an edit key's hand-made update) costs that element, never the board: each element
 * is checked against the rules package's own node and edge schemas. Never throws, never writes.
 *
 * @example const { board, skipped } = readDoc(doc); if (skipped.nodes) log(skipped)
 */
export function readDoc(doc: Y.Doc): DocReading {
  const nodes: BoardNode[] = [];
  const unknownNodes: UnknownNode[] = [];
  for (const [id, ynode] of nodesOf(doc)) {
    const reading = readNodeChecked(id, ynode);
    if (reading.ok) nodes.push(reading.node);
    else unknownNodes.push(reading.unknown);
  }
  const edges: BoardEdge[] = [];
  let skippedEdges = 0;
  for (const [id, yedge] of edgesOf(doc)) {
    const edge = readEdgeChecked(id, yedge);
    if (edge) edges.push(edge);
    else skippedEdges += 1;
  }
  const sketches: BoardSketch[] = [];
  let skippedSketches = 0;
  for (const [id, ysketch] of sketchesOf(doc)) {
    const sketch = readSketchChecked(id, ysketch);
    if (sketch) sketches.push(sketch);
    else skippedSketches += 1;
  }
  return {
    board: { ...readBoardMeta(doc), nodes: nodes.sort(byId), edges: edges.sort(byId), ...sketchesField(sketches.sort(byId)) },
    skipped: { nodes: unknownNodes.length, edges: skippedEdges, sketches: skippedSketches },
    unknownNodes: unknownNodes.sort(byId),
  };
}

/**
 * Applies Yjs updates (a stored document: snapshot or checkpoint first, then the log) to `doc` in
 * one transaction, so observers hear of them once.
 *
 * @example applyUpdates(doc, [checkpoint, ...updates])
 */
export function applyUpdates(doc: Y.Doc, updates: readonly Uint8Array[]): void {
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
}

/**
 * `readDoc` of the document these updates make, without keeping it: what an export thread or a
 * version's read needs of stored updates.
 *
 * @example const { board, skipped } = readDocOf(await boards.readVersionUpdates(id, 42))
 */
export function readDocOf(updates: readonly Uint8Array[]): DocReading {
  const doc = new Y.Doc();
  try {
    applyUpdates(doc, updates);
    return readDoc(doc);
  } finally {
    doc.destroy();
  }
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
  const title = meta.get('title');
  return {
    // Unknown top-level fields first, so none of them can stand in for a known one.
    ...(isPlainObject(extra) && isJsonValue(extra) ? extra : {}),
    format: BOARD_FORMAT,
    title: typeof title === 'string' ? readableText(title, 'MAX_TITLE_LENGTH') : 'Untitled board',
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
    const extra = Object.fromEntries(Object.entries(board).filter(([key]) => !BOARD_FILE_KEYS.has(key)));
    if (Object.keys(extra).length > 0) meta.set(META_EXTRA_KEY, extra);
    else meta.delete(META_EXTRA_KEY);
    const assumptions = assumptionsOf(doc);
    assumptions.clear();
    for (const [key, value] of Object.entries(board.assumptions)) if (value !== undefined) assumptions.set(key, value);
    nodesOf(doc).clear();
    for (const node of board.nodes) nodesOf(doc).set(node.id, createNodeMap(node));
    edgesOf(doc).clear();
    for (const edge of board.edges) edgesOf(doc).set(edge.id, createEdgeMap(edge));
    sketchesOf(doc).clear();
    for (const sketch of board.sketches ?? []) sketchesOf(doc).set(sketch.id, createSketchMap(sketch));
  }, origin);
}

/**
 * A board's `sketches` field: absent when there are none, so a board without sketches reads,
 * exports and compares exactly as it did before sketches existed.
 *
 * @example { ...meta, nodes, edges, ...sketchesField(sketches) }
 */
export function sketchesField(sketches: BoardSketch[]): { sketches?: BoardSketch[] } {
  return sketches.length > 0 ? { sketches } : {};
}

/** @example sketchesOf(doc).set('s1', createSketchMap({ id: 's1', shape: 'stroke', x: 0, y: 0, points: [0, 0, 3, 4] })) */
export function createSketchMap(sketch: BoardSketch): YSketch {
  return fieldsMap(sketch);
}

/** An element's fields as a Y.Map, keyed by its id elsewhere: the id and undefined fields are left out. */
function fieldsMap(element: { id: string }): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(element)) {
    if (key === 'id' || value === undefined) continue;
    map.set(key, value);
  }
  return map;
}

/** A sketch that keeps the board file contract, or undefined: a sketch is drawn whole or not at all. */
export function readSketchChecked(id: string, value: unknown): BoardSketch | undefined {
  const plain = plainSketch(value);
  if (!plain.ok) return undefined;
  const parsed = sketchSchema.safeParse({ ...plain.fields, id });
  return parsed.success ? parsed.data : undefined;
}

/** @example nodesOf(doc).set('lb', createNodeMap({ id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} })) */
export function createNodeMap(node: BoardNode): YNode {
  const ynode = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(node)) {
    if (key === 'id' || key === NODE_PROPS_KEY || value === undefined) continue;
    ynode.set(key, value);
  }
  ynode.set(NODE_PROPS_KEY, createPropsMap(node.props ?? {}));
  return ynode;
}

/** A node's props map. @example ynode.set(NODE_PROPS_KEY, createPropsMap({ instances: 2 })) */
export function createPropsMap(props: Record<string, unknown>): Y.Map<unknown> {
  const yprops = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(props)) if (value !== undefined) yprops.set(key, value);
  return yprops;
}

/** @example edgesOf(doc).set('e1', createEdgeMap({ id: 'e1', from: 'a', to: 'b', kind: 'sync' })) */
export function createEdgeMap(edge: BoardEdge): YEdge {
  return fieldsMap(edge);
}

/** A node's plain fields (`plainNode`) as a board node, text clipped and a missing position at 0. */
function readableNode(id: string, fields: Record<string, unknown>): BoardNode {
  const { kind, label, x, y, props, ...rest } = fields;
  return {
    ...rest,
    id,
    kind: kind as BoardNode['kind'],
    label: typeof label === 'string' ? readableText(label, labelLimitOf(String(kind))) : '',
    x: typeof x === 'number' ? x : 0,
    y: typeof y === 'number' ? y : 0,
    props: (props ?? {}) as Record<string, unknown>,
  };
}

/** An edge's plain fields (`plainEdge`) as a board edge, its label clipped. */
function readableEdge(id: string, fields: Record<string, unknown>): BoardEdge {
  return {
    ...fields,
    ...(typeof fields.label === 'string' ? { label: readableText(fields.label, 'MAX_LABEL_LENGTH') } : {}),
    id,
    from: String(fields.from ?? ''),
    to: String(fields.to ?? ''),
    kind: (fields.kind as BoardEdge['kind']) ?? 'sync',
  };
}

/**
 * Text as the board file allows it. An old log may hold text the live document refuses today (a
 * NUL since issue 13, text over its limit): it is cleaned as editing cleans it and clipped to its
 * limit, so the element is kept rather than left out for its text alone.
 */
function readableText(text: string, limit: TextLimit): string {
  const storable = storableTextOf(text);
  return storable.length > TEXT_LIMITS[limit] ? storable.slice(0, TEXT_LIMITS[limit]) : storable;
}

export type NodeReading = { ok: true; node: BoardNode } | { ok: false; unknown: UnknownNode };

/**
 * A node that keeps the board file contract, or what the canvas can show of one that does not.
 * Read as the live document contract reads it (`plainNode`, `nodeSchema`), and forgiving where
 * the element can still be kept: text clipped (`readableText`), a missing position at 0, and a
 * prop of the wrong type or range left out so its default applies — an old log's `instances: 0`
 * costs that prop, not the component.
 */
export function readNodeChecked(id: string, value: unknown): NodeReading {
  const plain = plainNode(value);
  if (plain.ok) {
    const node = readableNode(id, plain.fields);
    const parsed = nodeSchema.safeParse(node);
    if (parsed.success) return { ok: true, node };
    const badProps = new Set(parsed.error.issues.map((issue) => (issue.path[0] === NODE_PROPS_KEY ? issue.path[1] : undefined)));
    if (!badProps.has(undefined)) {
      const kept = { ...node, props: Object.fromEntries(Object.entries(node.props).filter(([name]) => !badProps.has(name))) };
      if (nodeSchema.safeParse(kept).success) return { ok: true, node: kept };
    }
  }
  const field = (key: string): unknown => (value instanceof Y.Map ? (value as Y.Map<unknown>).get(key) : undefined);
  const kind = field('kind');
  const label = field('label');
  const x = field('x');
  const y = field('y');
  return {
    ok: false,
    unknown: {
      id,
      kind: typeof kind === 'string' ? kind.slice(0, MAX_LABEL_LENGTH) : '',
      label: typeof label === 'string' ? label.slice(0, MAX_LABEL_LENGTH) : '',
      x: typeof x === 'number' && Number.isFinite(x) ? x : 0,
      y: typeof y === 'number' && Number.isFinite(y) ? y : 0,
    },
  };
}

/** An edge that keeps the board file contract, or undefined. */
export function readEdgeChecked(id: string, value: unknown): BoardEdge | undefined {
  const plain = plainEdge(value);
  if (!plain.ok) return undefined;
  const edge = readableEdge(id, plain.fields);
  return edgeSchema.safeParse(edge).success ? edge : undefined;
}

/** Assumptions that keep the board file contract; a bad value is left out, so its default applies. */
function readAssumptions(meta: Y.Map<unknown>): Record<string, unknown> {
  const assumptions = meta.get('assumptions');
  if (!(assumptions instanceof Y.Map)) return {};
  let values: Record<string, unknown>;
  try {
    values = assumptions.toJSON() as Record<string, unknown>;
  } catch {
    return {};
  }
  const shape: Partial<Record<string, { safeParse(value: unknown): { success: boolean } }>> = assumptionsSchema.shape;
  // fromEntries, not assignment: a key named `__proto__` stays a plain field.
  return Object.fromEntries(
    Object.entries(values).filter(([key, value]) => {
      const known = Object.hasOwn(shape, key) ? shape[key] : undefined; // never `toString` of the prototype
      return known ? value !== undefined && known.safeParse(value).success : isJsonValue(value, ELEMENT_DEPTH);
    }),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
