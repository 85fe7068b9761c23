import { isGroupKind, type NodeKind } from '../kinds';

/** What `groupChain` reads of a node: a board node and a graph node both have it. */
export interface ParentLink {
  id: string;
  kind: NodeKind;
  parent?: string | undefined;
}

/**
 * The groups a node sits in, nearest first: the one parent walk the renderer, the canvas, the
 * group-drop maths and the rules share. It follows `parent` while it names a group; a dangling
 * parent or one that is not a group ends the chain there, and a loop (possible in a hand-edited
 * file or after concurrent edits) puts the node at the top level, in no group at all.
 *
 * @example groupChain(byId.get('db')!, byId).map((g) => g.id) // ['vpc', 'eu']
 */
export function groupChain<T extends ParentLink>(node: T, byId: ReadonlyMap<string, T>): T[] {
  const chain: T[] = [];
  const seen = new Set([node.id]);
  for (let group = groupOf(node, byId); group; group = groupOf(group, byId)) {
    if (seen.has(group.id)) return [];
    seen.add(group.id);
    chain.push(group);
  }
  return chain;
}

function groupOf<T extends ParentLink>(node: T, byId: ReadonlyMap<string, T>): T | undefined {
  const parent = node.parent === undefined ? undefined : byId.get(node.parent);
  return parent && isGroupKind(parent.kind) ? parent : undefined;
}
