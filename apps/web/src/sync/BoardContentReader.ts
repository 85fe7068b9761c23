import type * as Y from 'yjs';
import { edgesOf, metaOf, nodesOf, readEdge, readNode } from '@scaleboard/board';
import type { BoardEdge, BoardNode } from '@scaleboard/rules';

export interface BoardContent {
  nodes: BoardNode[];
  edges: BoardEdge[];
  title: string;
}

/**
 * Reads the board content from the live document, again after each change, re-reading only the
 * nodes and edges a change touched: the others keep their objects, and a list nothing touched
 * keeps its array. So a property edit on a 1,000-component board reads one node instead of
 * 3,400 elements, and what depends on the edges alone (the canvas's connectors) sees they did
 * not change (docs/BENCHMARKS.md).
 *
 * @example
 * const reader = new BoardContentReader(doc);
 * nodesOf(doc).observeDeep((events) => reader.nodesChanged(events));
 * reader.read().nodes
 */
export class BoardContentReader {
  private content: BoardContent | undefined;
  private readonly dirtyNodes = new Set<string>();
  private readonly dirtyEdges = new Set<string>();
  private stale = false;

  constructor(private readonly doc: Y.Doc) {}

  /** Call from `nodesOf(doc).observeDeep`. */
  nodesChanged(events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>): void {
    markChanged(events, this.dirtyNodes);
    this.stale = true;
  }

  /** Call from `edgesOf(doc).observeDeep`. */
  edgesChanged(events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>): void {
    markChanged(events, this.dirtyEdges);
    this.stale = true;
  }

  /** Call from `metaOf(doc).observe`. */
  metaChanged(): void {
    this.stale = true;
  }

  /** Forget what was read: the next `read` reads everything (changes may have been missed). */
  invalidate(): void {
    this.content = undefined;
    this.dirtyNodes.clear();
    this.dirtyEdges.clear();
  }

  /** The content; the same object until something changed. */
  read(): BoardContent {
    if (this.content && !this.stale) return this.content;
    const before = this.content;
    const nodes = before && this.dirtyNodes.size === 0 ? before.nodes : reread(nodesOf(this.doc), before?.nodes, this.dirtyNodes, readNode);
    const edges = before && this.dirtyEdges.size === 0 ? before.edges : reread(edgesOf(this.doc), before?.edges, this.dirtyEdges, readEdge);
    const title = metaOf(this.doc).get('title');
    this.content = { nodes, edges, title: typeof title === 'string' ? title : '' };
    this.dirtyNodes.clear();
    this.dirtyEdges.clear();
    this.stale = false;
    return this.content;
  }
}

/** Ids of the elements the events touched: keys added or removed at the top, else the first step of the path. */
function markChanged(events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>, dirty: Set<string>): void {
  for (const event of events) {
    const [id] = event.path;
    if (typeof id === 'string') dirty.add(id);
    else for (const key of event.keys.keys()) dirty.add(key);
  }
}

function reread<T extends { id: string }, V>(map: Y.Map<V>, previous: readonly T[] | undefined, dirty: ReadonlySet<string>, readOne: (id: string, value: V) => T): T[] {
  const known = previous ? new Map(previous.map((item) => [item.id, item])) : undefined;
  const result: T[] = [];
  map.forEach((value, id) => {
    const old = known?.get(id);
    result.push(old && !dirty.has(id) ? old : readOne(id, value));
  });
  return result;
}
