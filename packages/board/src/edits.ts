import * as Y from 'yjs';
import { storableTextOf, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { edgesOf, metaOf, NODE_PROPS_KEY, nodesOf } from './layout';
import { createEdgeMap, createNodeMap } from './snapshot';

/**
 * Typed edits of the live document. Each runs in one transaction with the caller's origin,
 * so a per-user `Y.UndoManager` tracking that origin undoes exactly this user's work.
 */

/** @example addNode(doc, { id: 'lb', kind: 'load-balancer', label: 'LB', x: 0, y: 0, props: {} }, me) */
export function addNode(doc: Y.Doc, node: BoardNode, origin: unknown = null): void {
  doc.transact(() => nodesOf(doc).set(node.id, createNodeMap({ ...node, label: storableTextOf(node.label) })), origin);
}

/** Sets plain fields of a node (label, x, y, parent, width, height…); `undefined` removes one. */
export function updateNode(
  doc: Y.Doc,
  id: string,
  fields: Partial<Omit<BoardNode, 'id' | 'props'>>,
  origin: unknown = null,
): void {
  doc.transact(() => {
    const ynode = nodesOf(doc).get(id);
    if (!ynode) return;
    for (const [key, value] of Object.entries(fields)) {
      if (key === NODE_PROPS_KEY || key === 'id') continue;
      if (value === undefined) ynode.delete(key);
      else if (ynode.get(key) !== value) ynode.set(key, typeof value === 'string' ? storableTextOf(value) : value);
    }
  }, origin);
}

/** Moves several nodes at once (a drag of a selection is one undo step). */
export function moveNodes(doc: Y.Doc, positions: ReadonlyArray<{ id: string; x: number; y: number }>, origin: unknown = null): void {
  doc.transact(() => {
    for (const { id, x, y } of positions) {
      const ynode = nodesOf(doc).get(id);
      if (!ynode) continue;
      if (ynode.get('x') !== x) ynode.set('x', x);
      if (ynode.get('y') !== y) ynode.set('y', y);
    }
  }, origin);
}

/** @example setNodeProp(doc, 'lb', 'instances', 2) */
export function setNodeProp(doc: Y.Doc, id: string, key: string, value: unknown, origin: unknown = null): void {
  doc.transact(() => {
    const ynode = nodesOf(doc).get(id);
    if (!ynode) return;
    let props = ynode.get(NODE_PROPS_KEY);
    if (!(props instanceof Y.Map)) {
      props = new Y.Map<unknown>();
      ynode.set(NODE_PROPS_KEY, props);
    }
    if (value === undefined) (props as Y.Map<unknown>).delete(key);
    else (props as Y.Map<unknown>).set(key, value);
  }, origin);
}

/** @example addEdge(doc, { id: 'e1', from: 'lb', to: 'web', kind: 'sync' }) */
export function addEdge(doc: Y.Doc, edge: BoardEdge, origin: unknown = null): void {
  doc.transact(() => edgesOf(doc).set(edge.id, createEdgeMap(edge.label === undefined ? edge : { ...edge, label: storableTextOf(edge.label) })), origin);
}

/** @example updateEdge(doc, 'e1', { kind: 'async' }) */
export function updateEdge(doc: Y.Doc, id: string, fields: Partial<Omit<BoardEdge, 'id'>>, origin: unknown = null): void {
  doc.transact(() => {
    const yedge = edgesOf(doc).get(id);
    if (!yedge) return;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) yedge.delete(key);
      else if (yedge.get(key) !== value) yedge.set(key, typeof value === 'string' ? storableTextOf(value) : value);
    }
  }, origin);
}

/**
 * Deletes nodes and edges; edges touching a deleted node go too, and children of a deleted
 * group are lifted out of it (they keep their place on the canvas).
 */
export function deleteElements(
  doc: Y.Doc,
  ids: { nodes?: readonly string[]; edges?: readonly string[] },
  origin: unknown = null,
): void {
  doc.transact(() => {
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
export function setTitle(doc: Y.Doc, title: string, origin: unknown = null): void {
  doc.transact(() => metaOf(doc).set('title', storableTextOf(title)), origin);
}
