import type { Board, BoardEdge, BoardNode } from '../boardSchema';
import { CATALOGUE } from '../catalogue/catalogue';
import { resolveProps, type ResolvedProps } from '../catalogue/resolveProps';
import { isGroupKind, type NodeKind } from '../kinds';

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
  out: ReadonlyMap<string, readonly BoardEdge[]>;
  in: ReadonlyMap<string, readonly BoardEdge[]>;
  /** Group kinds enclosing each node (walking `parent`), nearest first. */
  groupsOf(id: string): readonly NodeKind[];
  hasKind(kind: NodeKind): boolean;
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
  const all = new Map<string, BoardNode>();
  const kinds = new Set<NodeKind>();
  for (const node of board.nodes) {
    if (all.has(node.id)) continue;
    all.set(node.id, node);
    if (isComponent(node)) {
      nodes.set(node.id, toGraphNode(node));
      kinds.add(node.kind);
    }
  }
  const edges: BoardEdge[] = [];
  const out = new Map<string, BoardEdge[]>();
  const inn = new Map<string, BoardEdge[]>();
  for (const id of nodes.keys()) {
    out.set(id, []);
    inn.set(id, []);
  }
  for (const edge of board.edges) {
    if (!nodes.has(edge.from) || !nodes.has(edge.to) || edge.from === edge.to) continue;
    edges.push(edge);
    out.get(edge.from)?.push(edge);
    inn.get(edge.to)?.push(edge);
  }
  const groupCache = new Map<string, readonly NodeKind[]>();
  function groupsOf(id: string): readonly NodeKind[] {
    const cached = groupCache.get(id);
    if (cached) return cached;
    const found: NodeKind[] = [];
    const seen = new Set<string>([id]);
    let parent = all.get(id)?.parent;
    // A parent cycle in a hand-edited file must not hang the analysis.
    while (parent !== undefined && !seen.has(parent)) {
      seen.add(parent);
      const group = all.get(parent);
      if (!group) break;
      if (isGroupKind(group.kind)) found.push(group.kind);
      parent = group.parent;
    }
    groupCache.set(id, found);
    return found;
  }
  return { nodes, edges, out, in: inn, groupsOf, hasKind: (kind) => kinds.has(kind) };
}
