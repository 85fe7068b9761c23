import { isGroupKind, type Board, type BoardNode } from '@scaleboard/rules';
import { groupBlocks } from '../design/groupBlocks';
import { writeMermaidLabel } from './mermaidText';

const LINKS: Readonly<Record<string, string>> = { sync: '-->', async: '-.->', replication: '==>' };
/** Words Mermaid reads as statements, which a node id must not be. */
const RESERVED = new Set(['end', 'graph', 'flowchart', 'subgraph', 'class', 'classDef', 'style', 'linkStyle', 'click', 'direction', 'default', 'accTitle', 'accDescr']);

/**
 * A board as a Mermaid flowchart (docs/mermaid.md): each node with its label and its kind as a
 * class (`lb["LB"]:::load-balancer`, which parseMermaid reads back), databases drawn as cylinders,
 * groups as subgraphs, connections with their labels (async dotted, replication thick). Ids Mermaid
 * cannot read are renamed `n1`, `n2`…; props, positions and the assumptions are not written.
 *
 * @example boardToMermaid(board) // 'flowchart LR\n  lb["LB"]:::load-balancer\n  …'
 */
export function boardToMermaid(board: Board): string {
  const ids = new Map<string, string>();
  const taken = new Set(board.nodes.map((node) => node.id));
  let fresh = 0;
  for (const node of board.nodes) {
    if (/^[A-Za-z_][A-Za-z0-9_]*(-[A-Za-z0-9_]+)*$/.test(node.id) && !RESERVED.has(node.id) && !ids.has(node.id)) ids.set(node.id, node.id);
  }
  for (const node of board.nodes) {
    if (ids.has(node.id)) continue;
    let id: string;
    do id = `n${++fresh}`;
    while (taken.has(id));
    ids.set(node.id, id);
  }
  const lines: string[] = [];
  if (board.title !== undefined) lines.push('---', `title: ${JSON.stringify(board.title)}`, '---');
  lines.push('flowchart LR');
  const nodeLine = (node: BoardNode, indent: string) => {
    const [open, close] = node.kind === 'database' ? ['[(', ')]'] : ['[', ']'];
    return `${indent}${ids.get(node.id)}${open}${writeMermaidLabel(node.label)}${close}:::${node.kind}`;
  };
  // Everything sits one level in, under `flowchart`.
  for (const s of groupBlocks(board)) {
    const indent = '  '.repeat(s.depth + 1);
    if (s.step === 'node') lines.push(nodeLine(s.node, indent));
    else if (s.step === 'open') lines.push(`${indent}subgraph ${ids.get(s.group.id)}[${writeMermaidLabel(s.group.label)}]`);
    else lines.push(`${indent}end`);
  }
  for (const edge of board.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const label = edge.label ? `|${writeMermaidLabel(edge.label)}|` : '';
    lines.push(`  ${from} ${LINKS[edge.kind ?? 'sync'] ?? '-->'}${label} ${to}`);
  }
  // A subgraph's kind is a class too: `class` accepts a subgraph where `:::` does not.
  for (const node of board.nodes) if (isGroupKind(node.kind)) lines.push(`  class ${ids.get(node.id)} ${node.kind}`);
  return `${lines.join('\n')}\n`;
}
