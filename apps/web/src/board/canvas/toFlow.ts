import { GROUP_BOX, noteStyleOf } from '@scaleboard/board';
import type { BoardEdge, BoardNode, NodeKind } from '@scaleboard/rules';
import { groupChain, isGroupKind } from '@scaleboard/rules';
import type { UnknownNode } from '@scaleboard/board';
import type { BoardFlowEdge, BoardFlowNode, FlowNodeType, RemoteMark, Size, UnknownFlowNode } from './flowTypes';

/** What the canvas adds to the document's nodes: local selection, measured sizes, remote marks. */
export interface NodeView {
  selected: ReadonlySet<string>;
  measured: ReadonlyMap<string, Size>;
  remote: ReadonlyMap<string, RemoteMark[]>;
  kindLabel: (kind: NodeKind) => string;
  ariaLabel: (label: string, kindLabel: string) => string;
  /** The id of xyflow's description of every node (`react-flow__node-desc-<rfId>`), kept when a node adds its own. */
  nodeDescriptionId: string;
}

/**
 * The id of the element on a component card that says how many instances it runs (drawn only
 * above 1). Every component node's `aria-describedby` names it — a reference to no element adds
 * nothing — so an instance edit never changes the flow nodes (docs/BENCHMARKS.md). Encoded: an id
 * reference list splits at spaces.
 *
 * @example instancesDescriptionId('web 1') // 'instances-of-web%201'
 */
export function instancesDescriptionId(nodeId: string): string {
  return `instances-of-${encodeURIComponent(nodeId)}`;
}

export function flowTypeOf(kind: NodeKind): FlowNodeType {
  if (isGroupKind(kind)) return 'group';
  return kind === 'note' ? 'note' : 'component';
}

/**
 * The parent each node has on the canvas: the nearest group it is drawn in (`groupChain`, the
 * renderer's walk). A dangling, non-group or looping `parent` (possible after concurrent edits or
 * in a hand-edited file) leaves the node where the export draws it.
 */
export function validParents(nodes: readonly BoardNode[]): Map<string, string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result = new Map<string, string>();
  for (const node of nodes) {
    const [group] = node.parent === undefined ? [] : groupChain(node, byId);
    if (group) result.set(node.id, group.id);
  }
  return result;
}

function depthOf(id: string, parents: ReadonlyMap<string, string>): number {
  let depth = 0;
  for (let p = parents.get(id); p !== undefined; p = parents.get(p)) depth += 1;
  return depth;
}

/**
 * Maps the document's nodes to xyflow nodes. Parents come before their children (xyflow needs
 * it) and groups before components so components draw above the areas they sit in.
 */
export function toFlowNodes(nodes: readonly BoardNode[], view: NodeView): BoardFlowNode[] {
  const parents = validParents(nodes);
  const ordered = [...nodes].sort((a, b) => {
    const byDepth = depthOf(a.id, parents) - depthOf(b.id, parents);
    if (byDepth !== 0) return byDepth;
    const byGroup = Number(isGroupKind(b.kind)) - Number(isGroupKind(a.kind));
    if (byGroup !== 0) return byGroup;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return ordered.map((node) => {
    const kindLabel = view.kindLabel(node.kind);
    const parentId = parents.get(node.id);
    const group = isGroupKind(node.kind);
    const measured = view.measured.get(node.id);
    const flowNode: BoardFlowNode = {
      id: node.id,
      type: flowTypeOf(node.kind),
      position: { x: node.x, y: node.y },
      // No `props`: the card reads its instance count from the node summaries, and leaving them out
      // lets a property edit keep every flow node as it was, so xyflow's store is not updated at
      // all (docs/BENCHMARKS.md). A note's look is the exception: the note draws it.
      data: {
        kind: node.kind,
        label: node.label,
        kindLabel,
        remote: view.remote.get(node.id) ?? [],
        ...(node.kind === 'note' ? { note: noteStyleOf(node.props) } : {}),
      },
      selected: view.selected.has(node.id),
      ariaLabel: view.ariaLabel(node.label || kindLabel, kindLabel),
      ...(flowTypeOf(node.kind) === 'component' ? { domAttributes: { 'aria-describedby': `${view.nodeDescriptionId} ${instancesDescriptionId(node.id)}` } } : {}),
      ...(parentId ? { parentId } : {}),
      ...(measured ? { measured } : {}),
    };
    if (group) {
      flowNode.width = node.width ?? GROUP_BOX.width;
      flowNode.height = node.height ?? GROUP_BOX.height;
      flowNode.className = 'board-group-node';
    }
    return flowNode;
  });
}

/**
 * The nodes the board leaves out, as plain boxes where the document puts them. Nobody can move,
 * select, connect or delete them here: they belong to a client that knows them (forward
 * compatibility), so this one leaves them untouched in the document.
 *
 * @example toUnknownFlowNodes(reading.unknownNodes, (label, kind) => `${label}, unknown component (${kind})`)
 */
export function toUnknownFlowNodes(nodes: readonly UnknownNode[], ariaLabel: (label: string, kind: string) => string): UnknownFlowNode[] {
  return nodes.map((node) => ({
    id: node.id,
    type: 'unknown',
    position: { x: node.x, y: node.y },
    data: { label: node.label, kind: node.kind },
    ariaLabel: ariaLabel(node.label, node.kind),
    draggable: false,
    selectable: false,
    connectable: false,
    deletable: false,
  }));
}

/**
 * Whether two readings of the nodes draw the same canvas: same nodes in the same order with the
 * same fields the canvas uses (everything but `props`, save a note's look). After a property edit
 * they do, and the canvas keeps its flow nodes and edges without rebuilding them (docs/BENCHMARKS.md).
 *
 * @example sameOnCanvas(before, after) // true when only props changed
 */
export function sameOnCanvas(a: readonly BoardNode[], b: readonly BoardNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.kind !== y.kind || x.label !== y.label || x.x !== y.x || x.y !== y.y || x.parent !== y.parent || x.width !== y.width || x.height !== y.height) return false;
    if (x.kind === 'note' && !sameNoteStyle(x, y)) return false;
  }
  return true;
}

function sameNoteStyle(a: BoardNode, b: BoardNode): boolean {
  const [x, y] = [noteStyleOf(a.props), noteStyleOf(b.props)];
  return x.text === y.text && x.mono === y.mono;
}

export interface EdgeView {
  selected: ReadonlySet<string>;
  ariaLabel: (edge: BoardEdge, from: string, to: string) => string;
}

/** Maps the document's edges; edges whose ends are missing (deleted concurrently) are not drawn. */
export function toFlowEdges(edges: readonly BoardEdge[], nodes: readonly BoardNode[], view: EdgeView): BoardFlowEdge[] {
  const labels = new Map(nodes.map((n) => [n.id, n.label]));
  const result: BoardFlowEdge[] = [];
  for (const edge of edges) {
    const from = labels.get(edge.from);
    const to = labels.get(edge.to);
    if (from === undefined || to === undefined || edge.from === edge.to) continue;
    result.push({
      id: edge.id,
      type: 'board',
      source: edge.from,
      target: edge.to,
      data: { kind: edge.kind, ...(edge.label ? { label: edge.label } : {}) },
      selected: view.selected.has(edge.id),
      ariaLabel: view.ariaLabel(edge, from, to),
    });
  }
  return result;
}
