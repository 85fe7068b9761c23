import * as Y from 'yjs';

/**
 * The live document layout (PRODUCT.md, "The live document layout"):
 * `nodes` and `edges` map ids to `Y.Map`s, `meta` holds the title and the assumptions, `sketches`
 * (issue 20: pen strokes, rectangles, ellipses, free arrows) maps ids to `Y.Map`s of plain fields.
 * Everything that reads or writes a board goes through these getters, so the names live once.
 */
export type YNode = Y.Map<unknown>;
export type YEdge = Y.Map<unknown>;
export type YSketch = Y.Map<unknown>;

/** @example nodesOf(doc).size */
export function nodesOf(doc: Y.Doc): Y.Map<YNode> {
  return doc.getMap<YNode>('nodes');
}

/** @example edgesOf(doc).get('e1')?.get('from') */
export function edgesOf(doc: Y.Doc): Y.Map<YEdge> {
  return doc.getMap<YEdge>('edges');
}

/** @example sketchesOf(doc).get('s1')?.get('points') */
export function sketchesOf(doc: Y.Doc): Y.Map<YSketch> {
  return doc.getMap<YSketch>('sketches');
}

/** @example metaOf(doc).get('title') */
export function metaOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('meta');
}

/** The assumptions map, created on first use. @example assumptionsOf(doc).set('peakFactor', 2) */
export function assumptionsOf(doc: Y.Doc): Y.Map<unknown> {
  const meta = metaOf(doc);
  const existing = meta.get('assumptions');
  if (existing instanceof Y.Map) return existing as Y.Map<unknown>;
  const created = new Y.Map<unknown>();
  meta.set('assumptions', created);
  return created;
}

/** Keys of a node map that are not stored as plain fields. */
export const NODE_PROPS_KEY = 'props';
/** Top-level fields of a board file this version does not know, kept verbatim. */
export const META_EXTRA_KEY = 'extra';
