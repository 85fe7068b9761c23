import * as Y from 'yjs';
import {
  assumptionsSchema,
  edgeSchema,
  firstIssue,
  isGroupKind,
  isJsonValue,
  MAX_JSON_DEPTH,
  NODE_FIELDS_CHECKED_ALONE,
  nodeSchema,
  SKETCH_LIMITS,
  sketchSchema,
  titleSchema,
  type BoardEdge,
  type BoardNode,
  type BoardSketch,
} from '@scaleboard/rules';
import { edgesOf, META_EXTRA_KEY, metaOf, NODE_PROPS_KEY, nodesOf, sketchesOf } from './layout';

// The live document contract, in one place: what a node, an edge and a meta value of the live
// document may be (the board file's own zod schemas from packages/rules, so a document always
// reads as a file `scaleboard check` accepts) and how they may refer to each other. The server's
// update guard asks it about every update an edit key sends; the editing functions ask it before
// they write; the readers use its plain reading of an element.

/** Why a change breaks the contract; each is a label of the server's refusal metric. */
export const CONTRACT_REASONS = [
  'not-an-element',
  'not-plain-json',
  'unknown-kind',
  'bad-field',
  'bad-props',
  'bad-meta',
  'missing-end',
  'missing-parent',
  'parent-not-group',
  'parent-cycle',
  'too-many-sketches',
] as const;
export type ContractReason = (typeof CONTRACT_REASONS)[number];

/** What is wrong, for the sender (a close reason) and for the metric. */
export interface ContractProblem {
  reason: ContractReason;
  message: string;
}

/**
 * Depth an element's values may use: a board file nests them inside the board object and its
 * list, and the whole file must stay within MAX_JSON_DEPTH to be imported and checked again.
 */
export const ELEMENT_DEPTH = MAX_JSON_DEPTH - 2;

/** Top-level fields of a board file; the meta map's `extra` holds the others and none of these. */
export const BOARD_FILE_KEYS: ReadonlySet<string> = new Set(['format', 'title', 'assumptions', 'nodes', 'edges', 'sketches']);

export type PlainReading = { ok: true; fields: Record<string, unknown> } | { ok: false; problem: ContractProblem };

/**
 * A stored node's fields as plain values, as a board file holds them: every field plain JSON
 * within ELEMENT_DEPTH and `props` a map of such values. Nothing is walked recursively past the
 * depth limit, so a value nested 20,000 maps deep costs its first levels, not the stack.
 *
 * @example plainNode(nodesOf(doc).get('lb')) // { ok: true, fields: { kind: 'load-balancer', …, props: { instances: 2 } } }
 */
export function plainNode(value: unknown): PlainReading {
  if (!(value instanceof Y.Map)) return refused('not-an-element', 'is not a map');
  const fields = plainEntries(value as Y.Map<unknown>, ELEMENT_DEPTH - 1, NODE_PROPS_KEY);
  if (!fields.ok) return refused('not-plain-json', `${clip(fields.key)} is not plain JSON within ${ELEMENT_DEPTH - 1} levels`);
  const props = (value as Y.Map<unknown>).get(NODE_PROPS_KEY);
  if (props !== undefined) {
    if (!(props instanceof Y.Map)) return refused('bad-props', 'props is not a map');
    const plainProps = plainEntries(props as Y.Map<unknown>, ELEMENT_DEPTH - 2);
    if (!plainProps.ok) return refused('not-plain-json', `props.${clip(plainProps.key)} is not plain JSON within ${ELEMENT_DEPTH - 2} levels`);
    fields.entries[NODE_PROPS_KEY] = plainProps.entries;
  }
  // A client clears a parent by deleting it; an older one wrote null, which means the same.
  if (fields.entries.parent === null) delete fields.entries.parent;
  return { ok: true, fields: fields.entries };
}

/** A stored edge's fields as plain values (every field plain JSON within ELEMENT_DEPTH). */
export function plainEdge(value: unknown): PlainReading {
  if (!(value instanceof Y.Map)) return refused('not-an-element', 'is not a map');
  const fields = plainEntries(value as Y.Map<unknown>, ELEMENT_DEPTH - 1);
  return fields.ok ? { ok: true, fields: fields.entries } : refused('not-plain-json', `${clip(fields.key)} is not plain JSON within ${ELEMENT_DEPTH - 1} levels`);
}

/** A stored sketch's fields as plain values (every field plain JSON within ELEMENT_DEPTH). */
export function plainSketch(value: unknown): PlainReading {
  if (!(value instanceof Y.Map)) return refused('not-an-element', 'is not a map');
  const fields = plainEntries(value as Y.Map<unknown>, ELEMENT_DEPTH - 1);
  return fields.ok ? { ok: true, fields: fields.entries } : refused('not-plain-json', `${clip(fields.key)} is not plain JSON within ${ELEMENT_DEPTH - 1} levels`);
}

/**
 * A map's entries as a plain object when each is plain JSON within `depth` (`skipped` is left
 * out, for its caller to read), else the first key that is not. Never walks past `depth`.
 */
function plainEntries(map: Y.Map<unknown>, depth: number, skipped?: string): { ok: true; entries: Record<string, unknown> } | { ok: false; key: string } {
  const entries: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) {
    if (key === skipped) continue;
    if (!isJsonValue(value, depth)) return { ok: false, key };
    entries[key] = value;
  }
  return { ok: true, entries };
}

/**
 * Why a node (its fields as a board file holds them, without its id) breaks the board file
 * contract — kind from the catalogue, props typed per kind, bounded text — or null.
 *
 * @example nodeProblem({ kind: 'web-server', label: 'Web', x: 0, y: 0, props: { instances: -1 } })?.message // 'props.instances: Too small…'
 */
export function nodeProblem(fields: Record<string, unknown>): ContractProblem | null {
  const parsed = nodeSchema.safeParse({ ...fields, id: 'node' });
  if (parsed.success) return null;
  const issue = firstIssue(parsed.error, 'invalid node');
  const [field] = parsed.error.issues[0]?.path ?? [];
  const reason: ContractReason =
    field === 'kind' && typeof fields.kind === 'string' ? 'unknown-kind' : field === NODE_PROPS_KEY ? 'bad-props' : 'bad-field';
  return { reason, message: `${issue.path}: ${issue.message}` };
}

/** Why an edge (its fields, without its id) breaks the board file contract, or null. */
export function edgeProblem(fields: Record<string, unknown>): ContractProblem | null {
  const parsed = edgeSchema.safeParse({ ...fields, id: 'edge' });
  if (parsed.success) return null;
  const issue = firstIssue(parsed.error, 'invalid edge');
  return { reason: 'bad-field', message: `${issue.path}: ${issue.message}` };
}

/**
 * Why a sketch (its fields, without its id) breaks the board file contract — a known shape, whole
 * coordinates within MAX_SKETCH_EXTENT, at most MAX_STROKE_POINTS points — or null.
 *
 * @example sketchProblem({ shape: 'stroke', x: 0, y: 0, points: [0, 0.5] })?.message // 'points[1]: Invalid input: expected int…'
 */
export function sketchProblem(fields: Record<string, unknown>): ContractProblem | null {
  const parsed = sketchSchema.safeParse({ ...fields, id: 'sketch' });
  if (parsed.success) return null;
  const issue = firstIssue(parsed.error, 'invalid sketch');
  return { reason: 'bad-field', message: `${issue.path}: ${issue.message}` };
}

/**
 * Why one value of the meta map breaks the contract, or null: the title as a board file's title,
 * the assumptions as a map of the board file's assumptions, `extra` as plain JSON that cannot
 * stand in for a field of the board file, anything else (a newer version's) as plain JSON.
 *
 * @example metaProblem('extra', { title: 'x' })?.message // 'meta.extra must not hold title'
 */
export function metaProblem(key: string, value: unknown): ContractProblem | null {
  if (value === undefined) return null;
  const bad = (message: string): ContractProblem => ({ reason: 'bad-meta', message: `meta.${clip(key)} ${message}` });
  switch (key) {
    case 'title': {
      const parsed = titleSchema.safeParse(value);
      return parsed.success ? null : bad(firstIssue(parsed.error, 'is not a title').message);
    }
    case 'assumptions': {
      if (!(value instanceof Y.Map)) return bad('is not a map');
      const plain = plainEntries(value as Y.Map<unknown>, ELEMENT_DEPTH - 1);
      if (!plain.ok) return bad(`.${clip(plain.key)} is not plain JSON`);
      const parsed = assumptionsSchema.safeParse(plain.entries);
      if (parsed.success) return null;
      const issue = firstIssue(parsed.error, 'invalid assumptions');
      return bad(`.${issue.path}: ${issue.message}`);
    }
    case META_EXTRA_KEY: {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !isJsonValue(value, ELEMENT_DEPTH)) return bad('is not a plain JSON object');
      const shadowed = Object.keys(value).find((name) => BOARD_FILE_KEYS.has(name));
      return shadowed ? bad(`must not hold ${shadowed}`) : null;
    }
    default:
      return isJsonValue(value, ELEMENT_DEPTH) ? null : bad('is not plain JSON');
  }
}

/** Which elements a change touched: ids of nodes and edges, keys of the meta map. */
export interface TouchedElements {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  meta: ReadonlySet<string>;
  /** Nodes whose kind may have changed (set anew, or their `kind` written): a group that stops being one. */
  rekinded: ReadonlySet<string>;
  /**
   * For touched nodes the change only wrote fields of (not set anew, nothing under their props),
   * which fields. Such a node whose written fields are all NODE_FIELDS_CHECKED_ALONE is checked
   * on those and on its parent instead of read back whole: a move does not parse the whole node
   * again. Without it, or for nodes it does not name, the whole node is checked.
   */
  written?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Ids of sketches (strokes and shapes); absent when the change touched none. */
  sketches?: ReadonlySet<string>;
}

/**
 * Why the document, after a change that touched `touched`, breaks the contract, or null: every
 * touched node, edge and meta value is checked on its own and for what it refers to. A reference
 * to a node that existed and was deleted (a concurrent edit raced a delete) is let through — the
 * readers leave such edges out and such children at the top level — but a reference to a node
 * that never existed, a parent that is not a group, and a parent cycle through a touched node are
 * not. Given the document `before` the change, a problem an element already had there is not
 * this change's. Linear in what was touched, plus one pass over the nodes when a node's kind
 * changed.
 *
 * @example const problem = changeProblem(shadow, touched, live); if (problem) refuse(problem.message)
 */
export function changeProblem(doc: Y.Doc, touched: TouchedElements, before?: Y.Doc): ContractProblem | null {
  // An element an old log or a newer version already left outside the contract may still be
  // moved or deleted by a client that shows it: refused is only what this change made worse.
  const worse = (problem: ContractProblem | null, was: () => ContractProblem | null) =>
    problem && (!before || was()?.message !== problem.message) ? problem : null;
  const nodes = nodesOf(doc);
  for (const id of touched.nodes) {
    const problem = worse(nodeChangeProblem(nodes, id, touched.written?.get(id)), () => nodeChangeProblem(nodesOf(before!), id));
    if (problem) return problem;
  }
  for (const id of touched.edges) {
    const problem = worse(edgeChangeProblem(doc, id), () => edgeChangeProblem(before!, id));
    if (problem) return problem;
  }
  for (const id of touched.sketches ?? []) {
    const problem = worse(sketchChangeProblem(doc, id), () => sketchChangeProblem(before!, id));
    if (problem) return problem;
  }
  if (touched.sketches?.size) {
    const problem = worse(sketchCountProblem(doc), () => sketchCountProblem(before!));
    if (problem) return problem;
  }
  const meta = metaOf(doc);
  for (const key of touched.meta) {
    const problem = worse(metaProblem(key, meta.get(key)), () => metaProblem(key, metaOf(before!).get(key)));
    if (problem) return problem;
  }
  // A node that never existed before this change has no children yet: only the others are walked for.
  const rekinded = before ? new Set([...touched.rekinded].filter((id) => existedIn(nodesOf(before), id))) : touched.rekinded;
  return (
    worse(childrenProblem(nodes, rekinded), () => childrenProblem(nodesOf(before!), rekinded)) ??
    worse(cycleProblem(nodes, touched.nodes), () => cycleProblem(nodesOf(before!), touched.nodes))
  );
}

function nodeChangeProblem(nodes: Nodes, id: string, written?: ReadonlySet<string>): ContractProblem | null {
  const value = nodes.get(id);
  if (value === undefined) return null;
  const whole = () => storedNodeProblem(value) ?? parentProblem(nodes, id, parentOf(value));
  // A change that only wrote fields checked alone, and wrote them well, left the rest of the node
  // as it was: whatever else it holds is not this change's (see `worse`), so the node is read
  // whole only when its parent is wrong (then exactly as without `written`).
  const problem = written && writtenFieldsKeepContract(value, written) ? parentProblem(nodes, id, parentOf(value)) && whole() : whole();
  return problem && about('node', id, problem);
}

const FIELD_SCHEMAS = new Map(NODE_FIELDS_CHECKED_ALONE.map((field) => [field as string, nodeSchema.shape[field]]));

/** Whether every written field is one checked alone, and its value passes its own schema. */
function writtenFieldsKeepContract(value: unknown, written: ReadonlySet<string>): boolean {
  if (!(value instanceof Y.Map)) return false;
  for (const field of written) if (!fieldKeepsContract(field, value.get(field))) return false;
  return true;
}

/** Whether `field` is one of NODE_FIELDS_CHECKED_ALONE and `value` passes its own schema. */
function fieldKeepsContract(field: string, value: unknown): boolean {
  const schema = FIELD_SCHEMAS.get(field);
  return schema !== undefined && schema.safeParse(value).success;
}

/**
 * Whether a change that writes `values` (field to value) to the node `id` of `doc`, and writes
 * nothing else anywhere, keeps the contract — told from the document before the change:
 * every field is one checked alone and its value passes its own schema (`fieldKeepsContract`),
 * and the node's parent, which such a change leaves as it was, is fine (none, a group, or a node a
 * racing edit deleted) and leads to no cycle. `changeProblem` finds nothing in such a change, so
 * the server's guard takes it without applying it to a copy first. False means only "check it
 * whole": a node outside the contract already is not this function's to judge.
 *
 * @example fieldWritesKeepContract(doc, 'web', new Map([['x', 10], ['y', 20]])) // true for a node 'web' within the contract
 */
export function fieldWritesKeepContract(doc: Y.Doc, id: string, values: ReadonlyMap<string, unknown>): boolean {
  const nodes = nodesOf(doc);
  const value = nodes.get(id);
  if (!(value instanceof Y.Map)) return false;
  for (const [field, written] of values) if (!fieldKeepsContract(field, written)) return false;
  return parentProblem(nodes, id, parentOf(value)) === null && cycleProblem(nodes, [id]) === null;
}

function edgeChangeProblem(doc: Y.Doc, id: string): ContractProblem | null {
  const value = edgesOf(doc).get(id);
  if (value === undefined) return null;
  const plain = plainEdge(value);
  const problem = plain.ok ? (edgeProblem(plain.fields) ?? endsProblem(nodesOf(doc), plain.fields)) : plain.problem;
  return problem && about('edge', id, problem);
}

function sketchChangeProblem(doc: Y.Doc, id: string): ContractProblem | null {
  const value = sketchesOf(doc).get(id);
  if (value === undefined) return null;
  const plain = plainSketch(value);
  const problem = plain.ok ? (sketchProblem(plain.fields) ?? sketchEndsProblem(nodesOf(doc), plain.fields)) : plain.problem;
  return problem && about('sketch', id, problem);
}

/** More than MAX_SKETCHES sketches; counted only when a change touched one (a map's size walks it). */
function sketchCountProblem(doc: Y.Doc): ContractProblem | null {
  const count = sketchesOf(doc).size;
  return count > SKETCH_LIMITS.MAX_SKETCHES
    ? { reason: 'too-many-sketches', message: `board would hold ${count} sketches, more than ${SKETCH_LIMITS.MAX_SKETCHES} (MAX_SKETCHES)` }
    : null;
}

/** An arrow's attached ends name components that exist or were deleted by a racing edit, as an edge's ends. */
function sketchEndsProblem(nodes: Nodes, fields: Record<string, unknown>): ContractProblem | null {
  for (const end of ['from', 'to'] as const) {
    const id = fields[end];
    if (typeof id === 'string' && !existedIn(nodes, id)) return { reason: 'missing-end', message: `${end} "${clip(id)}" does not exist` };
  }
  return null;
}

/**
 * Why a sketch that is to be written breaks the contract — its fields, its attached ends, the
 * number of sketches — or null.
 *
 * @example writableSketchProblem(doc, { id: 's1', shape: 'ellipse', x: 0, y: 0, points: [0, 0, 80, 40] }) // null
 */
export function writableSketchProblem(doc: Y.Doc, sketch: BoardSketch): ContractProblem | null {
  const { id, ...fields } = sketch;
  const sketches = sketchesOf(doc);
  const count = sketches.size + (sketches.has(id) ? 0 : 1);
  const tooMany = count > SKETCH_LIMITS.MAX_SKETCHES ? { reason: 'too-many-sketches' as const, message: `a board holds at most ${SKETCH_LIMITS.MAX_SKETCHES} sketches (MAX_SKETCHES)` } : null;
  return sketchProblem(fields) ?? sketchEndsProblem(nodesOf(doc), fields) ?? tooMany;
}

/**
 * Why a node that is to be written breaks the contract — its fields and where its parent points
 * — or null: what the editing functions ask before they write, so an edit is never refused.
 *
 * @example writableNodeProblem(doc, { id: 'web', kind: 'web-server', label: 'Web', x: 0, y: 0, parent: 'lb', props: {} })?.reason // 'parent-not-group'
 */
export function writableNodeProblem(doc: Y.Doc, node: BoardNode): ContractProblem | null {
  const nodes = nodesOf(doc);
  const { id, ...fields } = node;
  return nodeProblem(fields) ?? parentProblem(nodes, id, node.parent) ?? cycleProblem(nodes, new Set([id]), { id, parent: node.parent });
}

/** Why an edge that is to be written breaks the contract, or null. */
export function writableEdgeProblem(doc: Y.Doc, edge: BoardEdge): ContractProblem | null {
  const { id: _id, ...fields } = edge;
  return edgeProblem(fields) ?? endsProblem(nodesOf(doc), fields);
}

/** Why a stored node breaks the contract on its own (not what it refers to), or null. */
export function storedNodeProblem(value: unknown): ContractProblem | null {
  const plain = plainNode(value);
  return plain.ok ? nodeProblem(plain.fields) : plain.problem;
}

type Nodes = Y.Map<Y.Map<unknown>>;

function parentOf(value: unknown): string | undefined {
  const parent = value instanceof Y.Map ? (value as Y.Map<unknown>).get('parent') : undefined;
  return typeof parent === 'string' ? parent : undefined;
}

function kindOf(value: unknown): unknown {
  return value instanceof Y.Map ? (value as Y.Map<unknown>).get('kind') : undefined;
}

/**
 * Whether a node of this id is in the document or was, and was deleted. Yjs keeps the last entry
 * of every key a map ever held (deleted or not) in its `_map`; a public API for it does not exist.
 */
function existedIn(nodes: Nodes, id: string): boolean {
  return nodes.has(id) || (nodes as unknown as { _map: Map<string, unknown> })._map.has(id);
}

function parentProblem(nodes: Nodes, id: string, parent: string | undefined): ContractProblem | null {
  if (parent === undefined) return null;
  if (parent === id) return { reason: 'parent-cycle', message: 'is its own parent' };
  const group = nodes.get(parent);
  if (group === undefined) {
    return existedIn(nodes, parent) ? null : { reason: 'missing-parent', message: `parent "${clip(parent)}" does not exist` };
  }
  const kind = kindOf(group);
  return typeof kind === 'string' && isGroupKind(kind) ? null : { reason: 'parent-not-group', message: `parent "${clip(parent)}" is not a group` };
}

function endsProblem(nodes: Nodes, fields: Record<string, unknown>): ContractProblem | null {
  for (const end of ['from', 'to'] as const) {
    const id = String(fields[end]);
    if (!existedIn(nodes, id)) return { reason: 'missing-end', message: `${end} "${clip(id)}" does not exist` };
  }
  return null;
}

/** A node whose kind changed may no longer be a group: no node may still name it as parent. */
function childrenProblem(nodes: Nodes, rekinded: ReadonlySet<string>): ContractProblem | null {
  const notGroups = new Set<string>();
  for (const id of rekinded) {
    const value = nodes.get(id);
    const kind = kindOf(value);
    if (value !== undefined && !(typeof kind === 'string' && isGroupKind(kind))) notGroups.add(id);
  }
  if (notGroups.size === 0) return null;
  for (const [id, value] of nodes) {
    const parent = parentOf(value);
    if (parent !== undefined && notGroups.has(parent)) return about('node', id, { reason: 'parent-not-group', message: `parent "${clip(parent)}" is not a group` });
  }
  return null;
}

/**
 * A parent cycle through one of `starts`, found in one pass: each walk up the parents marks the
 * nodes it passes with its own number and stops at a node an earlier walk passed, so every node
 * is visited once however the touched nodes are nested. A cycle no start is on (an old log's) is
 * not this change's doing and is left to the readers. `override` is a node's parent before it is
 * written.
 */
function cycleProblem(nodes: Nodes, starts: Iterable<string>, override?: { id: string; parent: string | undefined }): ContractProblem | null {
  const startSet = starts instanceof Set ? (starts as ReadonlySet<string>) : new Set(starts);
  const up = (id: string): string | undefined => {
    const parent = override?.id === id ? override.parent : parentOf(nodes.get(id));
    return parent !== undefined && (nodes.has(parent) || override?.id === parent) ? parent : undefined;
  };
  const walkOf = new Map<string, number>();
  let walk = 0;
  for (const start of startSet) {
    walk += 1;
    let id: string | undefined = start;
    while (id !== undefined && !walkOf.has(id)) {
      walkOf.set(id, walk);
      id = up(id);
    }
    if (id === undefined || walkOf.get(id) !== walk) continue;
    // This walk met itself: `id` is on a cycle. Go round it once to see whether a start is on it.
    let onCycle: string | undefined = id;
    do {
      if (startSet.has(onCycle)) return about('node', onCycle, { reason: 'parent-cycle', message: 'its parents lead back to it' });
      onCycle = up(onCycle);
    } while (onCycle !== undefined && onCycle !== id);
  }
  return null;
}

function about(element: 'node' | 'edge' | 'sketch', id: string, problem: ContractProblem): ContractProblem {
  return { reason: problem.reason, message: `${element} "${clip(id)}": ${problem.message}` };
}

function refused(reason: ContractReason, message: string): PlainReading {
  return { ok: false, problem: { reason, message } };
}

/** Ids and keys come from the sender: a reason quotes at most their first 40 characters. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
