import { BOARD_FORMAT, type Assumptions, type Board } from '../boardSchema';
import type { EdgeKind, NodeKind } from '../kinds';

/** `[id, kind, props?, parent?]` — a node in one line. */
export type SketchNode = readonly [string, NodeKind, Record<string, unknown>?, string?];
/** `[from, to, kind?]` — an edge in one line (sync by default). */
export type SketchEdge = readonly [string, string, EdgeKind?];

/**
 * Builds a small `scaleboard/v1` board for rule examples, tests and templates, laying nodes out
 * left to right so the examples also render sensibly on a canvas.
 *
 * @example sketch('LB and two servers', [['lb', 'load-balancer'], ['w1', 'web-server']], [['lb', 'w1']])
 */
export function sketch(title: string, nodes: readonly SketchNode[], edges: readonly SketchEdge[] = [], assumptions: Assumptions = {}): Board {
  return {
    format: BOARD_FORMAT,
    title,
    assumptions,
    nodes: nodes.map(([id, kind, props = {}, parent], i) => ({
      id, kind, label: id, x: (i % 6) * 200, y: Math.floor(i / 6) * 160, props, ...(parent ? { parent } : {}),
    })),
    edges: edges.map(([from, to, kind = 'sync'], i) => ({ id: `e${i + 1}`, from, to, kind })),
  };
}
