import * as Y from 'yjs';
import { storableTextOf, type BoardEdge, type BoardNode, type BoardSketch } from '@scaleboard/rules';
import { metaProblem, plainEdge, plainNode, writableEdgeProblem, writableNodeProblem, writableSketchProblem, type ContractProblem } from './contract';
import { edgesOf, metaOf, NODE_PROPS_KEY, nodesOf, sketchesOf } from './layout';
import { createEdgeMap, createNodeMap, createSketchMap } from './snapshot';

/**
 * Typed edits of the live document. Each runs in one transaction with the caller's origin,
 * so a per-user `Y.UndoManager` tracking that origin undoes exactly this user's work.
 *
 * Each asks the live document contract (./contract) about what it is about to write and writes
 * nothing when the result would break it, returning the problem instead: the server's update
 * guard asks the same question, so an edit made here is never refused there.
 */

/** What an edit returns: null when it wrote (or had nothing to write), else why it did not. */
export type EditProblem = ContractProblem | null;

/** @example addNode(doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} }, me) */
export function addNode(doc: Y.Doc, node: BoardNode, origin: unknown = null): EditProblem {
  const clean = { ...node, label: storableTextOf(node.label) };
  const problem = writableNodeProblem(doc, clean);
  if (!problem) doc.transact(() => nodesOf(doc).set(node.id, createNodeMap(clean)), origin);
  return problem;
}

/**
 * Adds several nodes in one transaction, each group before what it holds (so every parent exists
 * when its child is checked), and returns the problems of those it left out.
 *
 * @example addNodes(doc, pasted.nodes, me)
 */
export function addNodes(doc: Y.Doc, nodes: readonly BoardNode[], origin: unknown = null): ContractProblem[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const added = new Set<string>();
  const problems: ContractProblem[] = [];
  doc.transact(() => {
    for (const first of nodes) {
      // Walk up to the outermost parent not yet added (a loop stops the walk), then add downwards.
      const chain = new Set<BoardNode>();
      for (let node = byId.get(first.id); node && !added.has(node.id) && !chain.has(node); node = node.parent ? byId.get(node.parent) : undefined) chain.add(node);
      for (const node of [...chain].reverse()) {
        added.add(node.id);
        const problem = addNode(doc, node, origin);
        if (problem) problems.push(problem);
      }
    }
  }, origin);
  return problems;
}

/** Sets plain fields of a node (label, x, y, parent, width, height…); `undefined` removes one. */
export function updateNode(
  doc: Y.Doc,
  id: string,
  fields: Partial<Omit<BoardNode, 'id' | 'props'>>,
  origin: unknown = null,
): EditProblem {
  const ynode = nodesOf(doc).get(id);
  const current = plainNode(ynode);
  if (!ynode || !current.ok) return null;
  const changes = Object.entries(fields)
    .filter(([key]) => key !== NODE_PROPS_KEY && key !== 'id')
    .map(([key, value]) => [key, typeof value === 'string' ? storableTextOf(value) : value] as const)
    .filter(([key, value]) => ynode.get(key) !== value);
  if (changes.length === 0) return null;
  const next = { ...current.fields, ...Object.fromEntries(changes), id } as Record<string, unknown>;
  for (const [key, value] of changes) if (value === undefined) delete next[key];
  const problem = writableNodeProblem(doc, next as BoardNode);
  if (problem) return problem;
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (value === undefined) ynode.delete(key);
      else ynode.set(key, value);
    }
  }, origin);
  return null;
}

/**
 * Moves several nodes at once (a drag of a selection is one undo step). A position is the one
 * thing a move writes and it is checked alone (finite, as the contract's `x` and `y`): a drag of
 * a thousand components must stay cheap, and a node the canvas lets a person drag reads as one
 * that keeps the contract.
 */
export function moveNodes(doc: Y.Doc, positions: ReadonlyArray<{ id: string; x: number; y: number }>, origin: unknown = null): void {
  doc.transact(() => {
    for (const { id, x, y } of positions) {
      const ynode: unknown = nodesOf(doc).get(id);
      // A stored board may hold an entry that is no node map (docs/security.md: one bad element costs that element): skipped, as readers skip it.
      if (!(ynode instanceof Y.Map) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (ynode.get('x') !== x) ynode.set('x', x);
      if (ynode.get('y') !== y) ynode.set('y', y);
    }
  }, origin);
}

/** Sets one prop of a node; `undefined` unsets it. @example setNodeProp(doc, 'lb', 'instances', 2) */
export function setNodeProp(doc: Y.Doc, id: string, key: string, value: unknown, origin: unknown = null): EditProblem {
  const ynode = nodesOf(doc).get(id);
  const current = plainNode(ynode);
  if (!ynode || !current.ok) return null;
  const props = { ...(current.fields.props as Record<string, unknown> | undefined) };
  if (value === undefined) delete props[key];
  else props[key] = value;
  const problem = writableNodeProblem(doc, { ...current.fields, id, props } as BoardNode);
  if (problem) return problem;
  doc.transact(() => {
    let yprops = ynode.get(NODE_PROPS_KEY);
    if (!(yprops instanceof Y.Map)) {
      yprops = new Y.Map<unknown>();
      ynode.set(NODE_PROPS_KEY, yprops);
    }
    if (value === undefined) (yprops as Y.Map<unknown>).delete(key);
    else (yprops as Y.Map<unknown>).set(key, value);
  }, origin);
  return null;
}

/** @example addEdge(doc, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' }) */
export function addEdge(doc: Y.Doc, edge: BoardEdge, origin: unknown = null): EditProblem {
  const clean = edge.label === undefined ? edge : { ...edge, label: storableTextOf(edge.label) };
  const problem = writableEdgeProblem(doc, clean);
  if (!problem) doc.transact(() => edgesOf(doc).set(edge.id, createEdgeMap(clean)), origin);
  return problem;
}

/** @example updateEdge(doc, 'e1', { kind: 'async' }) */
export function updateEdge(doc: Y.Doc, id: string, fields: Partial<Omit<BoardEdge, 'id'>>, origin: unknown = null): EditProblem {
  const yedge = edgesOf(doc).get(id);
  const current = plainEdge(yedge);
  if (!yedge || !current.ok) return null;
  const changes = Object.entries(fields)
    .map(([key, value]) => [key, typeof value === 'string' ? storableTextOf(value) : value] as const)
    .filter(([key, value]) => key !== 'id' && yedge.get(key) !== value);
  if (changes.length === 0) return null;
  const next = { ...current.fields, ...Object.fromEntries(changes), id } as Record<string, unknown>;
  for (const [key, value] of changes) if (value === undefined) delete next[key];
  const problem = writableEdgeProblem(doc, next as BoardEdge);
  if (problem) return problem;
  doc.transact(() => {
    for (const [key, value] of changes) {
      if (value === undefined) yedge.delete(key);
      else yedge.set(key, value);
    }
  }, origin);
  return null;
}

/** @example addSketch(doc, { id: 's1', shape: 'stroke', x: 40, y: 40, points: [0, 0, 6, 2, 12, 9] }, me) */
export function addSketch(doc: Y.Doc, sketch: BoardSketch, origin: unknown = null): EditProblem {
  const problem = writableSketchProblem(doc, sketch);
  if (!problem) doc.transact(() => sketchesOf(doc).set(sketch.id, createSketchMap(sketch)), origin);
  return problem;
}

/**
 * Moves sketches by writing their origins (their points are relative to it), as `moveNodes`
 * moves nodes: a finite position is all a move can break.
 *
 * @example moveSketches(doc, [{ id: 's1', x: 120, y: 80 }], me)
 */
export function moveSketches(doc: Y.Doc, positions: ReadonlyArray<{ id: string; x: number; y: number }>, origin: unknown = null): void {
  doc.transact(() => {
    for (const { id, x, y } of positions) {
      const ysketch = sketchesOf(doc).get(id);
      if (!(ysketch instanceof Y.Map) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
      if (ysketch.get('x') !== x) ysketch.set('x', x);
      if (ysketch.get('y') !== y) ysketch.set('y', y);
    }
  }, origin);
}

/**
 * Deletes nodes and edges; edges touching a deleted node go too, and children of a deleted
 * group are lifted out of it (they keep their place on the canvas).
 */
export function deleteElements(
  doc: Y.Doc,
  ids: { nodes?: readonly string[]; edges?: readonly string[]; sketches?: readonly string[] },
  origin: unknown = null,
): void {
  doc.transact(() => {
    // An arrow attached to a deleted component keeps its last drawn place: its stored end.
    for (const id of ids.sketches ?? []) sketchesOf(doc).delete(id);
    const nodes = nodesOf(doc);
    const edges = edgesOf(doc);
    const doomed = new Set(ids.nodes ?? []);
    // The maps may hold values that are not elements (an old log, an edit key's own update): skipped.
    for (const [id, ynode] of nodes) {
      if (!(ynode instanceof Y.Map)) continue;
      const parent = ynode.get('parent');
      if (typeof parent === 'string' && doomed.has(parent) && !doomed.has(id)) {
        const found: unknown = nodes.get(parent);
        const group = found instanceof Y.Map ? (found as Y.Map<unknown>) : undefined;
        ynode.set('x', Number(ynode.get('x') ?? 0) + Number(group?.get('x') ?? 0));
        ynode.set('y', Number(ynode.get('y') ?? 0) + Number(group?.get('y') ?? 0));
        const grandParent = group?.get('parent');
        if (typeof grandParent === 'string') ynode.set('parent', grandParent);
        else ynode.delete('parent');
      }
    }
    for (const id of doomed) nodes.delete(id);
    for (const id of ids.edges ?? []) edges.delete(id);
    for (const [id, yedge] of edges) {
      if (!(yedge instanceof Y.Map)) continue;
      if (doomed.has(String(yedge.get('from'))) || doomed.has(String(yedge.get('to')))) edges.delete(id);
    }
  }, origin);
}

/** @example setTitle(doc, 'Twitter at 300M MAU') */
export function setTitle(doc: Y.Doc, title: string, origin: unknown = null): EditProblem {
  const clean = storableTextOf(title);
  const problem = metaProblem('title', clean);
  if (!problem) doc.transact(() => metaOf(doc).set('title', clean), origin);
  return problem;
}
