import type { GraphNode } from '../graph/boardGraph';

/**
 * How messages name a component: its label, falling back to its id.
 *
 * @example describe(node) // '"LB"'
 */
export function describe(node: GraphNode): string {
  return `"${node.label.trim() || node.id}"`;
}

/**
 * @example describeAll([a, b]) // '"web 1" and "web 2"'
 */
export function describeAll(nodes: readonly GraphNode[]): string {
  const names = nodes.map(describe);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
