import { isGroupKind, type Board, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { TEXT_ARROWS } from './parseText';

const ARROW_OF = Object.fromEntries(Object.entries(TEXT_ARROWS).map(([arrow, kind]) => [kind, arrow])) as Record<string, string>;
const KEYWORDS = new Set(['title', 'assume', 'group', 'in', 'true', 'false']);

/** An id or bare value as a word when the text format reads it back as the same string, else quoted. */
function word(text: string): string {
  const plain = /^[\p{L}\p{N}_][\p{L}\p{N}_.]*(-[\p{L}\p{N}_.]+)*$/u.test(text) && !KEYWORDS.has(text) && !/^-?\d/.test(text);
  return plain ? text : JSON.stringify(text);
}

/** A prop value the text format can hold (a number, a boolean, a string); others are left out. */
function value(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return word(v);
  return undefined;
}

function props(record: Record<string, unknown>): string {
  const pairs = Object.entries(record).flatMap(([name, v]) => {
    const written = value(v);
    return written === undefined ? [] : [`${word(name)}: ${written}`];
  });
  return pairs.length === 0 ? '' : ` {${pairs.join(', ')}}`;
}

/**
 * A board in the text format (docs/text-format.md): the title and assumptions, each component
 * with its kind, label and props, groups as blocks around their members, then the connections.
 * Positions, sizes and fields the format does not name are left out (the board file keeps them);
 * parseText reads the result back to the same kinds, labels, props, groups and connections.
 *
 * @example boardToText(board) // 'title "Chat"\n\nlb: load-balancer "LB" {instances: 2}\n…'
 */
export function boardToText(board: Board): string {
  const lines: string[] = [];
  if (board.title !== undefined) lines.push(`title ${JSON.stringify(board.title)}`);
  for (const [name, v] of Object.entries(board.assumptions ?? {})) {
    const written = value(v);
    if (written !== undefined) lines.push(`assume ${word(name)}: ${written}`);
  }
  if (lines.length > 0) lines.push('');
  const byId = new Map(board.nodes.map((node) => [node.id, node]));
  const members = new Map<string, BoardNode[]>();
  const top: BoardNode[] = [];
  for (const node of board.nodes) {
    const group = node.parent === undefined ? undefined : byId.get(node.parent);
    if (group && isGroupKind(group.kind) && group.id !== node.id) {
      const list = members.get(group.id);
      if (list) list.push(node);
      else members.set(group.id, [node]);
    } else top.push(node);
  }
  // Groups nest as blocks; an explicit stack (no recursion), and each node written once, so a
  // parent chain that loops is cut where it loops.
  const written = new Set<string>();
  const stack: Array<{ node: BoardNode; depth: number } | { close: number }> = top.map((node) => ({ node, depth: 0 })).reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      lines.push(`${'  '.repeat(item.close)}}`);
      continue;
    }
    const { node, depth } = item;
    if (written.has(node.id)) continue;
    written.add(node.id);
    const indent = '  '.repeat(depth);
    const label = node.label === node.id ? '' : ` ${JSON.stringify(node.label)}`;
    if (!isGroupKind(node.kind)) {
      lines.push(`${indent}${word(node.id)}: ${node.kind}${label}${props(node.props)}`);
      continue;
    }
    lines.push(`${indent}group ${word(node.id)}: ${node.kind}${label}${props(node.props)} {`);
    stack.push({ close: depth });
    for (const member of [...(members.get(node.id) ?? [])].reverse()) stack.push({ node: member, depth: depth + 1 });
  }
  // A node whose group chain loops was never reached from the top: written at the top level.
  for (const node of board.nodes) if (!written.has(node.id)) lines.push(`${word(node.id)}: ${node.kind}${node.label === node.id ? '' : ` ${JSON.stringify(node.label)}`}${props(node.props)}`);
  if (board.edges.length > 0) lines.push('');
  board.edges.forEach((edge, index) => lines.push(edgeLine(edge, index)));
  return `${lines.join('\n')}\n`;
}

function edgeLine(edge: BoardEdge, index: number): string {
  const label = edge.label === undefined ? '' : ` ${JSON.stringify(edge.label)}`;
  const id = edge.id === `e${index + 1}` ? '' : ` {id: ${word(edge.id)}}`;
  return `${word(edge.from)} ${ARROW_OF[edge.kind ?? 'sync'] ?? '->'} ${word(edge.to)}${label}${id}`;
}
