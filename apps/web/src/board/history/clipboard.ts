import { absolutePosition } from '@scaleboard/board';
import { MAX_LABEL_LENGTH, type BoardEdge, type BoardNode, type BoardSketch } from '@scaleboard/rules';
import { isInside } from '../canvas/groupDrop';
import { copyLabel } from '../canvas/naming';

/** What copy puts on the clipboard: nodes with canvas positions for the top-most ones, and sketches. */
export interface Fragment {
  nodes: BoardNode[];
  edges: BoardEdge[];
  /** Pen strokes and shapes; absent in what older versions copied. */
  sketches?: BoardSketch[];
}

/**
 * Copies the selected nodes, everything inside selected groups, and the edges between them.
 * Nodes whose parent is not copied get canvas coordinates and lose the parent.
 */
export function copyFragment(
  selected: ReadonlySet<string>,
  nodes: readonly BoardNode[],
  edges: readonly BoardEdge[],
  selectedSketches: ReadonlySet<string> = new Set(),
  sketches: readonly BoardSketch[] = [],
): Fragment {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const picked = nodes.filter((node) => [...selected].some((s) => isInside(node.id, s, byId)));
  const ids = new Set(picked.map((n) => n.id));
  const copied = picked.map((node): BoardNode => {
    if (node.parent && ids.has(node.parent)) return structuredClone(node);
    const { parent: _parent, ...rest } = structuredClone(node);
    return { ...rest, ...absolutePosition(node.id, byId) };
  });
  const drawn = sketches.filter((sketch) => selectedSketches.has(sketch.id)).map((sketch) => structuredClone(sketch));
  return { nodes: copied, edges: edges.filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => structuredClone(e)), ...(drawn.length ? { sketches: drawn } : {}) };
}

/**
 * A fresh fragment to insert: new ids, parents and edges remapped, top-most nodes offset, and
 * each component named with the next free name beside the `taken` labels ("Web" → "Web 2"), as a
 * palette drop is. A note's label is its text, so it stays as written.
 */
export function pasteFragment(
  fragment: Fragment,
  offset: { x: number; y: number },
  newId: (prefix: string) => string,
  taken: Iterable<string>,
): Fragment {
  const ids = new Map(fragment.nodes.map((n) => [n.id, newId(n.kind)]));
  const labels = new Set(taken);
  const nodes = fragment.nodes.map((node): BoardNode => {
    const parent = node.parent ? ids.get(node.parent) : undefined;
    const label = node.kind === 'note' || node.label === '' ? node.label : copyLabel(node.label, labels);
    // A name at the length limit has no room for a number: the copy keeps it rather than be refused.
    const fits = label.length <= MAX_LABEL_LENGTH ? label : node.label;
    labels.add(fits);
    return {
      ...structuredClone(node),
      id: ids.get(node.id) ?? newId(node.kind),
      label: fits,
      ...(parent ? { parent } : { x: node.x + offset.x, y: node.y + offset.y }),
    };
  });
  const edges = fragment.edges.flatMap((edge): BoardEdge[] => {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    return from && to ? [{ ...structuredClone(edge), id: newId('edge'), from, to }] : [];
  });
  // Sketches move by the offset; an arrow stays attached only to a component copied with it.
  const sketches = (fragment.sketches ?? []).map(({ from, to, ...sketch }): BoardSketch => {
    const [newFrom, newTo] = [from === undefined ? undefined : ids.get(from), to === undefined ? undefined : ids.get(to)];
    return {
      ...structuredClone(sketch),
      id: newId(sketch.shape),
      x: sketch.x + offset.x,
      y: sketch.y + offset.y,
      ...(newFrom ? { from: newFrom } : {}),
      ...(newTo ? { to: newTo } : {}),
    };
  });
  return { nodes, edges, ...(sketches.length ? { sketches } : {}) };
}

/** Parses what another board put on the clipboard; anything else is null. */
export function parseFragment(text: string | null): Fragment | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Fragment> & { type?: string };
    if (value.type !== 'scaleboard/fragment' || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return null;
    return { nodes: value.nodes, edges: value.edges, ...(Array.isArray(value.sketches) ? { sketches: value.sketches } : {}) };
  } catch {
    return null;
  }
}

export function serializeFragment(fragment: Fragment): string {
  return JSON.stringify({ type: 'scaleboard/fragment', ...fragment });
}
