import { isGroupKind, type Board, type BoardNode } from '@scaleboard/rules';

/** One line of a board written with its groups as nested blocks (the text format, Mermaid subgraphs). */
export type GroupBlockStep =
  | { step: 'node'; node: BoardNode; depth: number }
  | { step: 'open'; group: BoardNode; depth: number }
  | { step: 'close'; depth: number };

/**
 * The board's nodes in writing order: each group opens a block holding its members, then closes.
 * An explicit stack (no recursion, however deep the nesting) and each node written once, so a
 * parent chain that loops is cut where it loops; a node never reached from the top level that way
 * comes last, as a plain node at depth 0. Linear in the board.
 *
 * @example for (const s of groupBlocks(board)) if (s.step === 'open') lines.push(`subgraph ${s.group.id}`);
 */
export function groupBlocks(board: Board): GroupBlockStep[] {
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
  const steps: GroupBlockStep[] = [];
  const written = new Set<string>();
  const stack: Array<{ node: BoardNode; depth: number } | { close: number }> = top.map((node) => ({ node, depth: 0 })).reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      steps.push({ step: 'close', depth: item.close });
      continue;
    }
    const { node, depth } = item;
    if (written.has(node.id)) continue;
    written.add(node.id);
    if (!isGroupKind(node.kind)) {
      steps.push({ step: 'node', node, depth });
      continue;
    }
    steps.push({ step: 'open', group: node, depth });
    stack.push({ close: depth });
    for (const member of [...(members.get(node.id) ?? [])].reverse()) stack.push({ node: member, depth: depth + 1 });
  }
  for (const node of board.nodes) if (!written.has(node.id)) steps.push({ step: 'node', node, depth: 0 });
  return steps;
}
