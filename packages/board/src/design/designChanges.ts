import { BOARD_FORMAT, isGroupKind, parseBoard, storableTextOf, type Board, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { boardLayout, type Box } from '../render/boardLayout';
import type { DesignEdge, DesignNode, DesignProblem } from './design';
import { DESIGN_LIMITS } from './designLimits';
import { groupCycle, whereWritten } from './designToBoard';
import { GROUP_PADDING, GROUP_TITLE } from './layoutDesign';
import { placeNewNodes, type ExistingBox } from './placeNewNodes';
import { parseDesign, type DesignFormat } from './readDesign';

/** The formats a person edits a board in, live. */
export type LiveFormat = Exclude<DesignFormat, 'json'>;

/** Fields of an existing node to write; `props` is the node's whole next props when they change. */
export interface NodeUpdate {
  id: string;
  fields: Partial<Pick<BoardNode, 'kind' | 'label' | 'parent' | 'x' | 'y'>>;
  props?: Record<string, unknown>;
}

export interface EdgeUpdate {
  id: string;
  fields: Partial<Pick<BoardEdge, 'from' | 'to' | 'kind' | 'label'>>;
}

/** What a text changes on a board, and nothing else: applyDesignChanges writes it in one transaction. */
export interface DesignChanges {
  title?: string;
  assumptions?: { set: Record<string, unknown>; remove: string[] };
  addNodes: BoardNode[];
  updateNodes: NodeUpdate[];
  removeNodes: string[];
  addEdges: BoardEdge[];
  updateEdges: EdgeUpdate[];
  removeEdges: string[];
}

/** The changes, and the board the text describes (`board` with them made): the base of the next edit. */
export type DesignChangesResult = { ok: true; changes: DesignChanges; board: Board } | { ok: false; problem: DesignProblem };

/** Ids the document holds that the board does not show (elements it could not read): never reused. */
export interface ReservedIds {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

/**
 * The smallest set of changes that makes `board` say what `text` says (the text format or Mermaid),
 * for a panel where the text and the board edit each other live. Components are matched by id, then
 * — for one whose id the board lacks, as Mermaid renames ids it cannot write — by label; connections
 * by id when their ends agree, then by their ends. Matched elements keep their ids, positions, sizes
 * and whatever the format does not say (Mermaid says no props; neither says positions); only new
 * components are laid out, beside their neighbours (placeNewNodes). What the text no longer names is
 * removed. A text that does not parse, or would make a board the board file's schema refuses,
 * changes nothing: the problem comes back at its line and column.
 *
 * @example
 * const result = designChanges(board, 'web: web-server "Web"\ncache: "Redis"\nweb -> cache', 'text');
 * if (result.ok) result.changes.addNodes // [{ id: 'cache', kind: 'cache', x: …, y: … }]
 */
export function designChanges(board: Board, text: string, format: LiveFormat, reserved: ReservedIds = {}): DesignChangesResult {
  if (text.length > DESIGN_LIMITS.maxLiveChars)
    return { ok: false, problem: { line: 1, column: 1, message: { key: 'designText.tooLargeLive', params: { limit: DESIGN_LIMITS.maxLiveChars } } } };
  const parsed = parseDesign(text, format);
  if (!parsed.ok) return parsed;
  const { design, direction } = parsed;
  const cycle = groupCycle(design);
  if (cycle) return { ok: false, problem: { ...cycle, message: { key: 'designText.tooDeep', params: { limit: DESIGN_LIMITS.maxDepth } } } };

  const byId = new Map(board.nodes.map((node) => [node.id, node]));
  const boardIdOf = matchNodes(board, design.nodes, reserved.nodes ?? new Set());
  const mapped = (id: string) => boardIdOf.get(id) ?? id;
  const matched = new Set(design.nodes.flatMap((node) => (byId.has(mapped(node.id)) ? [mapped(node.id)] : [])));

  const placedBoxes = boardLayout(board).nodes;
  const existing = new Map<string, ExistingBox>(placedBoxes.map(({ node, box }) => [node.id, { ...box, group: isGroupKind(node.kind) }]));
  const designNodes = design.nodes.map((node) => ({ ...node, id: mapped(node.id), ...(node.parent === undefined ? {} : { parent: mapped(node.parent) }) }));
  const designEdges = design.edges.map((edge) => ({ ...edge, from: mapped(edge.from), to: mapped(edge.to) }));
  const added = designNodes.filter((node) => !matched.has(node.id));
  const absolute = new Map<string, Box>([...existing, ...placeNewNodes(added, designEdges, existing, direction)]);
  wrapNewGroups(designNodes, matched, absolute);

  const nextNodes = designNodes.map((node) => nextNode(node, byId.get(node.id), absolute, format));
  const nextEdges = matchEdges(board.edges, designEdges, reserved.edges ?? new Set());
  const nextTitle = design.title ?? board.title;
  const nextAssumptions = format === 'text' ? design.assumptions : board.assumptions;
  const input = { format: BOARD_FORMAT, ...(nextTitle === undefined ? {} : { title: nextTitle }), assumptions: nextAssumptions, nodes: nextNodes, edges: nextEdges };
  const checked = parseBoard(input);
  if (!checked.ok) {
    const at = whereWritten(design, checked.error.keys ?? []);
    return { ok: false, problem: { line: at.line, column: at.column, boardError: checked.error, input } };
  }
  return { ok: true, changes: diff(board, nextNodes, nextEdges, design.title, format === 'text' ? design.assumptions : undefined), board: checked.board };
}

/** Design id → board id: the same id, else the one unmatched board node with the same label; new ids avoid the reserved. */
function matchNodes(board: Board, nodes: readonly DesignNode[], reserved: ReadonlySet<string>): Map<string, string> {
  const onBoard = new Set(board.nodes.map((node) => node.id));
  const named = new Set(nodes.map((node) => node.id));
  const byLabel = new Map<string, string[]>();
  for (const node of board.nodes) {
    if (named.has(node.id)) continue;
    const key = sameWords(node.label);
    byLabel.set(key, [...(byLabel.get(key) ?? []).slice(0, 1), node.id]);
  }
  const taken = new Set([...onBoard, ...reserved, ...named]);
  const boardIdOf = new Map<string, string>();
  for (const node of nodes) {
    if (onBoard.has(node.id)) continue;
    const candidates = byLabel.get(sameWords(node.label));
    if (candidates?.length === 1) {
      boardIdOf.set(node.id, candidates[0]!);
      byLabel.delete(sameWords(node.label));
    } else if (reserved.has(node.id)) boardIdOf.set(node.id, freshId(node.id, taken));
  }
  return boardIdOf;
}

/** A label compared as words: Mermaid writes line breaks of a name as spaces and trims each line. */
function sameWords(label: string): string {
  return label.split(/\s+/).filter(Boolean).join(' ');
}

/** `base-2`, `base-3`… (connections: `e1`, `e2`…), the first no element has. */
function freshId(base: string, taken: Set<string>, separator = '-', first = 2): string {
  // `taken` is finite, so the loop ends within taken.size + 1 tries.
  let n = first;
  while (taken.has(`${base}${separator}${n}`)) n++;
  const id = `${base}${separator}${n}`;
  taken.add(id);
  return id;
}

/** A new group that takes existing components in is drawn around all its members, innermost first. */
function wrapNewGroups(nodes: readonly DesignNode[], matched: ReadonlySet<string>, absolute: Map<string, Box>): void {
  const members = new Map<string, string[]>();
  for (const node of nodes) if (node.parent !== undefined) pushTo(members, node.parent, node.id);
  const takesExisting = (group: DesignNode) => !matched.has(group.id) && (members.get(group.id) ?? []).some((id) => matched.has(id));
  const parentOf = new Map(nodes.map((node) => [node.id, node.parent]));
  const depth = (id: string) => {
    let d = 0;
    for (let parent = parentOf.get(id); parent !== undefined && d <= DESIGN_LIMITS.maxDepth; parent = parentOf.get(parent)) d++;
    return d;
  };
  const groups = nodes.filter(takesExisting).sort((a, b) => depth(b.id) - depth(a.id));
  for (const group of groups) {
    const boxes = (members.get(group.id) ?? []).flatMap((id) => absolute.get(id) ?? []);
    const left = Math.min(...boxes.map((box) => box.x));
    const top = Math.min(...boxes.map((box) => box.y));
    const right = Math.max(...boxes.map((box) => box.x + box.width));
    const bottom = Math.max(...boxes.map((box) => box.y + box.height));
    absolute.set(group.id, { x: left - GROUP_PADDING, y: top - GROUP_PADDING - GROUP_TITLE, width: right - left + 2 * GROUP_PADDING, height: bottom - top + 2 * GROUP_PADDING + GROUP_TITLE });
  }
}

/** A design node as it will be on the board: an existing one keeps its place on the canvas and what the text does not say. */
function nextNode(node: DesignNode, before: BoardNode | undefined, absolute: ReadonlyMap<string, Box>, format: LiveFormat): BoardNode {
  const box = absolute.get(node.id) ?? { x: 0, y: 0, width: 0, height: 0 };
  const origin = node.parent === undefined ? { x: 0, y: 0 } : absolute.get(node.parent) ?? { x: 0, y: 0 };
  const place = { x: Math.round(box.x - origin.x), y: Math.round(box.y - origin.y) };
  const label = before && sameWords(before.label) === sameWords(node.label) && format === 'mermaid' ? before.label : storableTextOf(node.label);
  if (!before) {
    const size = isGroupKind(node.kind) ? { width: Math.round(box.width), height: Math.round(box.height) } : {};
    return { id: node.id, kind: node.kind, label, ...place, ...size, ...(node.parent === undefined ? {} : { parent: node.parent }), props: node.props };
  }
  // A node that changes group keeps where it is drawn: its x and y become relative to the new group.
  const moved = before.parent === node.parent ? { x: before.x, y: before.y } : place;
  const props = format === 'mermaid' ? before.props : { ...unwritable(before.props), ...node.props };
  const wrapped = isGroupKind(node.kind) && !isGroupKind(before.kind) ? { width: Math.round(box.width), height: Math.round(box.height) } : {};
  const { parent: _parent, ...rest } = before;
  return { ...rest, ...wrapped, kind: node.kind, label, ...moved, ...(node.parent === undefined ? {} : { parent: node.parent }), props };
}

/** Props the text format cannot hold (objects, arrays, non-finite numbers): the text never removes them. */
function unwritable(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => !(typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))));
}

/**
 * Each design connection as a board connection: the one with its id and the same ends, else an
 * unmatched one with the same ends (Mermaid writes no ids), else a new one under its own id (or a
 * fresh one when that id is the board's).
 */
function matchEdges(before: readonly BoardEdge[], edges: readonly DesignEdge[], reserved: ReadonlySet<string>): BoardEdge[] {
  const byId = new Map(before.map((edge) => [edge.id, edge]));
  const ends = (edge: { from: string; to: string }) => JSON.stringify([edge.from, edge.to]);
  const used = new Set<string>();
  const chosen: Array<BoardEdge | undefined> = edges.map((edge) => {
    const same = byId.get(edge.id);
    if (!same || ends(same) !== ends(edge)) return undefined;
    used.add(same.id);
    return same;
  });
  const byEnds = new Map<string, BoardEdge[]>();
  for (const edge of before) if (!used.has(edge.id)) pushTo(byEnds, ends(edge), edge);
  // Taken from the end (pop, constant time), so each list is reversed once: the first written goes first.
  for (const list of byEnds.values()) list.reverse();
  const taken = new Set([...byId.keys(), ...reserved]);
  return edges.map((edge, i) => {
    const same = chosen[i] ?? byEnds.get(ends(edge))?.pop();
    const { at: _at, label: written, ...fields } = edge;
    const label = written === undefined ? undefined : storableTextOf(written);
    if (same) {
      used.add(same.id);
      const { label: _label, ...kept } = same;
      return { ...kept, ...fields, id: same.id, ...(label === undefined ? {} : { label }) };
    }
    const id = taken.has(edge.id) ? freshId('e', taken, '', 1) : edge.id;
    taken.add(id);
    return { ...fields, id, ...(label === undefined ? {} : { label }) };
  });
}

const NODE_FIELDS = ['kind', 'label', 'parent', 'x', 'y'] as const;
const EDGE_FIELDS = ['from', 'to', 'kind', 'label'] as const;

function diff(board: Board, nodes: readonly BoardNode[], edges: readonly BoardEdge[], title: string | undefined, assumptions: Record<string, unknown> | undefined): DesignChanges {
  const nodesBefore = new Map(board.nodes.map((node) => [node.id, node]));
  const edgesBefore = new Map(board.edges.map((edge) => [edge.id, edge]));
  const changes: DesignChanges = { addNodes: [], updateNodes: [], removeNodes: [], addEdges: [], updateEdges: [], removeEdges: [] };
  if (title !== undefined && title !== board.title) changes.title = title;
  if (assumptions) {
    const set = Object.fromEntries(Object.entries(assumptions).filter(([key, v]) => board.assumptions[key as keyof Board['assumptions']] !== v));
    const remove = Object.keys(board.assumptions).filter((key) => !(key in assumptions));
    if (Object.keys(set).length > 0 || remove.length > 0) changes.assumptions = { set, remove };
  }
  for (const node of nodes) {
    const before = nodesBefore.get(node.id);
    if (!before) {
      changes.addNodes.push(node);
      continue;
    }
    const fields = Object.fromEntries(NODE_FIELDS.filter((key) => before[key] !== node[key]).map((key) => [key, node[key]]));
    const props = sameRecord(before.props, node.props) ? undefined : node.props;
    // Sizes come only with a node that became a group; the rest of a node's fields the text never changes.
    for (const key of ['width', 'height'] as const) if (node[key] !== before[key]) fields[key] = node[key];
    if (Object.keys(fields).length > 0 || props) changes.updateNodes.push({ id: node.id, fields, ...(props ? { props } : {}) });
  }
  const kept = new Set(nodes.map((node) => node.id));
  changes.removeNodes = board.nodes.filter((node) => !kept.has(node.id)).map((node) => node.id);
  for (const edge of edges) {
    const before = edgesBefore.get(edge.id);
    if (!before) {
      changes.addEdges.push(edge);
      continue;
    }
    const fields = Object.fromEntries(EDGE_FIELDS.filter((key) => before[key] !== edge[key]).map((key) => [key, edge[key]]));
    if (Object.keys(fields).length > 0) changes.updateEdges.push({ id: edge.id, fields });
  }
  const keptEdges = new Set(edges.map((edge) => edge.id));
  changes.removeEdges = board.edges.filter((edge) => !keptEdges.has(edge.id)).map((edge) => edge.id);
  return changes;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sameRecord(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
}
