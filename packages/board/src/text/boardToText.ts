import { type Board, type BoardEdge, type BoardNode } from '@scaleboard/rules';
import { groupBlocks } from '../design/groupBlocks';
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
  for (const s of groupBlocks(board)) {
    const indent = '  '.repeat(s.depth);
    if (s.step === 'node') lines.push(`${indent}${nodeText(s.node)}`);
    else if (s.step === 'open') lines.push(`${indent}group ${nodeText(s.group)} {`);
    else lines.push(`${indent}}`);
  }
  if (board.edges.length > 0) lines.push('');
  board.edges.forEach((edge, index) => lines.push(edgeLine(edge, index)));
  return `${lines.join('\n')}\n`;
}

function nodeText(node: BoardNode): string {
  const label = node.label === node.id ? '' : ` ${JSON.stringify(node.label)}`;
  return `${word(node.id)}: ${node.kind}${label}${props(node.props)}`;
}

function edgeLine(edge: BoardEdge, index: number): string {
  const label = edge.label === undefined ? '' : ` ${JSON.stringify(edge.label)}`;
  const id = edge.id === `e${index + 1}` ? '' : ` {id: ${word(edge.id)}}`;
  return `${word(edge.from)} ${ARROW_OF[edge.kind ?? 'sync'] ?? '->'} ${word(edge.to)}${label}${id}`;
}
