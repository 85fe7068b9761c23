import type * as Y from 'yjs';
import { addEdge, addNodes, deleteElements, setNodeProp, setTitle, updateEdge, updateNode, type EditProblem } from '../edits';
import type { Board } from '@scaleboard/rules';
import { assumptionsOf, edgesOf, NODE_PROPS_KEY, nodesOf } from '../layout';
import { designChanges, type DesignChanges, type DesignChangesResult, type LiveFormat } from './designChanges';

/**
 * Writes what designChanges found in one transaction with the caller's origin, through the board's
 * typed edits (so the live document contract checks each write, and one undo takes the whole text
 * edit back): new nodes first (groups before their members), then updates, new connections, and
 * removals last. Returns the problems of the writes the contract refused (none when the changes
 * came from designChanges on the same board).
 *
 * @example applyDesignChanges(doc, result.changes, me)
 */
export function applyDesignChanges(doc: Y.Doc, changes: DesignChanges, origin: unknown = null): EditProblem[] {
  const problems: EditProblem[] = [];
  doc.transact(() => {
    if (changes.title !== undefined) problems.push(setTitle(doc, changes.title, origin));
    if (changes.assumptions) {
      const map = assumptionsOf(doc);
      for (const [key, value] of Object.entries(changes.assumptions.set)) map.set(key, value);
      for (const key of changes.assumptions.remove) map.delete(key);
    }
    problems.push(...addNodes(doc, changes.addNodes, origin));
    for (const { id, fields, props } of changes.updateNodes) {
      problems.push(updateNode(doc, id, fields, origin));
      if (!props) continue;
      const before = nodesOf(doc).get(id)?.get(NODE_PROPS_KEY) as Y.Map<unknown> | undefined;
      for (const key of before?.keys() ?? []) if (!Object.hasOwn(props, key)) problems.push(setNodeProp(doc, id, key, undefined, origin));
      for (const [key, value] of Object.entries(props)) if (before?.get(key) !== value) problems.push(setNodeProp(doc, id, key, value, origin));
    }
    for (const edge of changes.addEdges) problems.push(addEdge(doc, edge, origin));
    for (const { id, fields } of changes.updateEdges) problems.push(updateEdge(doc, id, fields, origin));
    deleteElements(doc, { nodes: changes.removeNodes, edges: changes.removeEdges }, origin);
  }, origin);
  return problems.filter((problem) => problem !== null);
}

/**
 * A person's text edit applied to the live board: designChanges against `board`, then
 * applyDesignChanges. `board` is the board the person's text was written from (the panel's base),
 * not necessarily the live one: only what the person changed in the text is written, so what
 * others changed meanwhile stays. Ids the document holds that `board` lacks are never reused for
 * new elements. A text that does not parse changes nothing.
 *
 * @example
 * const result = applyDesignText(doc, readDoc(doc).board, 'lb -> web', 'text', me);
 * if (!result.ok) describeDesignProblem(result.problem, 'en') // 'line 1, column 1: …'
 */
export function applyDesignText(doc: Y.Doc, board: Board, text: string, format: LiveFormat, origin: unknown = null): DesignChangesResult {
  const shownNodes = new Set(board.nodes.map((node) => node.id));
  const shownEdges = new Set(board.edges.map((edge) => edge.id));
  const reserved = {
    nodes: new Set([...nodesOf(doc).keys()].filter((id) => !shownNodes.has(id))),
    edges: new Set([...edgesOf(doc).keys()].filter((id) => !shownEdges.has(id))),
  };
  const result = designChanges(board, text, format, reserved);
  if (result.ok) applyDesignChanges(doc, result.changes, origin);
  return result;
}
