import { BOARD_FORMAT, parseBoard, type Board } from '@scaleboard/rules';
import type { Design, DesignProblem, TextPosition } from './design';
import { DESIGN_LIMITS } from './designLimits';
import { layoutDesign, type LayoutDirection } from './layoutDesign';

export type DesignResult = { ok: true; board: Board } | { ok: false; problem: DesignProblem };

/**
 * A design laid out (layoutDesign) and checked as a board file: the same schema an uploaded
 * `scaleboard/v1` document passes (parseBoard), so a converted board is refused or kept exactly as
 * one written as JSON. A field the schema refuses is reported where the element was written.
 *
 * @example designToBoard(parseText('lb: load-balancer')) // { ok: true, board: { nodes: [{ id: 'lb', x: 0, … }], … } }
 */
export function designToBoard(design: Design, direction: LayoutDirection = 'LR'): DesignResult {
  const cycle = groupCycle(design);
  if (cycle) return { ok: false, problem: { line: cycle.line, column: cycle.column, message: { key: 'designText.tooDeep', params: { limit: DESIGN_LIMITS.maxDepth } } } };
  const places = layoutDesign(design.nodes, design.edges, direction);
  const input = {
    format: BOARD_FORMAT,
    ...(design.title === undefined ? {} : { title: design.title }),
    assumptions: design.assumptions,
    nodes: design.nodes.map(({ at: _at, ...node }) => ({ ...node, ...places.get(node.id) })),
    edges: design.edges.map(({ at: _at, ...edge }) => edge),
  };
  const parsed = parseBoard(input);
  if (parsed.ok) return { ok: true, board: parsed.board };
  const at = whereWritten(design, parsed.error.keys ?? []);
  return { ok: false, problem: { line: at.line, column: at.column, boardError: parsed.error, input } };
}

/** Where the element a schema path points into was written; the text's start when it is no element. */
export function whereWritten(design: Design, keys: readonly PropertyKey[]): TextPosition {
  const [top, index] = keys;
  const at =
    top === 'nodes' && typeof index === 'number'
      ? design.nodes[index]?.at
      : top === 'edges' && typeof index === 'number'
        ? design.edges[index]?.at
        : top === 'assumptions' && typeof index === 'string'
          ? design.assumptionsAt[index]
          : top === 'title'
            ? design.titleAt
            : undefined;
  return at ?? { line: 1, column: 1 };
}

/** The first node whose group chain loops or nests deeper than DESIGN_LIMITS.maxDepth; each walk stops there, so this is linear. */
export function groupCycle(design: Design): TextPosition | undefined {
  const parentOf = new Map(design.nodes.map((node) => [node.id, node.parent]));
  for (const node of design.nodes) {
    let parent = node.parent;
    for (let depth = 0; parent !== undefined; depth++) {
      if (parent === node.id || depth >= DESIGN_LIMITS.maxDepth) return node.at;
      parent = parentOf.get(parent);
    }
  }
  return undefined;
}
