import { diffBoards } from '@scaleboard/board';
import type { Board, BoardNode } from '@scaleboard/rules';

/** What the live board changed since a version, by component label, as the history panel lists it. */
export interface ChangesSince {
  /** Labels of the components on the live board that the version did not have. */
  added: string[];
  /** Labels of the version's components that the live board no longer has. */
  removed: string[];
  /** Labels (as they are now) of the components in both that differ in any field. */
  changed: string[];
  /** Connections added, removed or changed, together. */
  connections: number;
}

/**
 * The components added, removed and changed on `live` since `version`, named by their labels
 * (their id when a label is empty), each list in the boards' id order.
 *
 * @example changesSince(version, live) // { added: ['Cache'], removed: [], changed: ['DB'], connections: 1 }
 */
export function changesSince(version: Board, live: Board): ChangesSince {
  const diff = diffBoards(version, live);
  const then = labelsById(version.nodes);
  const now = labelsById(live.nodes);
  const name = (labels: Map<string, string>) => (id: string) => labels.get(id) || id;
  return {
    added: diff.nodes.added.map(name(now)),
    removed: diff.nodes.removed.map(name(then)),
    changed: diff.nodes.changed.map(name(now)),
    connections: diff.edges.added.length + diff.edges.removed.length + diff.edges.changed.length,
  };
}

function labelsById(nodes: readonly BoardNode[]): Map<string, string> {
  return new Map(nodes.map((node) => [node.id, node.label]));
}
