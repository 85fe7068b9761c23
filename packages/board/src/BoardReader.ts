import * as Y from 'yjs';
import type { Board, BoardEdge, BoardNode } from '@scaleboard/rules';
import { edgesOf, metaOf, nodesOf } from './layout';
import { byId, readBoardMeta, readEdge, readNode, type BoardMeta } from './snapshot';

type Events = ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>;

/** One list of a board (nodes or edges) and what changed in it since it was last read. */
class ElementList<T extends { id: string }> {
  private items: T[] | undefined;
  private readonly dirty = new Set<string>();
  private membershipChanged = false;

  constructor(
    private readonly map: Y.Map<Y.Map<unknown>>,
    private readonly readOne: (id: string, value: Y.Map<unknown>) => T,
  ) {}

  /** Keys added or removed at the top change which elements there are; anything deeper, one element. */
  changed(events: Events): void {
    for (const event of events) {
      const [id] = event.path;
      if (typeof id === 'string') {
        this.dirty.add(id);
        continue;
      }
      for (const [key, change] of event.keys) {
        this.dirty.add(key);
        if (change.action !== 'update') this.membershipChanged = true;
      }
    }
  }

  read(): T[] {
    if (this.items && this.dirty.size === 0) return this.items;
    if (this.items && !this.membershipChanged) {
      // The same elements, so the same order: replace the ones that changed.
      this.items = this.items.map((item) => {
        const value = this.dirty.has(item.id) ? this.map.get(item.id) : undefined;
        return value instanceof Y.Map ? this.readOne(item.id, value) : item;
      });
    } else {
      const previous = new Map((this.items ?? []).map((item) => [item.id, item]));
      const items: T[] = [];
      this.map.forEach((value, id) => {
        if (!(value instanceof Y.Map)) return;
        const known = previous.get(id);
        items.push(known && !this.dirty.has(id) ? known : this.readOne(id, value));
      });
      this.items = items.sort(byId);
    }
    this.dirty.clear();
    this.membershipChanged = false;
    return this.items;
  }
}

/**
 * `docToBoard(doc)`, kept up to date by re-reading only what each change touched: a property edit
 * on a 1,000-component board reads one node instead of 3,400 elements and their sort (about 2 ms
 * of every edit in the browser, docs/BENCHMARKS.md). Elements and lists nothing touched keep
 * their identity, and so does the board while nothing changed, so callers can compare by `===`.
 *
 * It observes the document from its creation until `dispose()`; `read()` always equals
 * `docToBoard(doc)` (a property test checks it). `subscribe` tells of changes once per
 * transaction, after the reader has taken them in — the shape `useSyncExternalStore` wants.
 *
 * @example const reader = new BoardReader(doc); reader.subscribe(() => report(reader.read())); … reader.dispose();
 */
export class BoardReader {
  private board: Board | undefined;
  private meta: BoardMeta | undefined;
  private readonly nodes: ElementList<BoardNode>;
  private readonly edges: ElementList<BoardEdge>;
  private readonly onNodes = (events: Events) => this.changed(() => this.nodes.changed(events));
  private readonly onEdges = (events: Events) => this.changed(() => this.edges.changed(events));
  private readonly onMeta = () => this.changed(() => (this.meta = undefined));
  private readonly listeners = new Set<() => void>();
  private unannounced = false;
  // After every observer of the transaction ran, so a change to nodes and edges is one announcement.
  private readonly onTransaction = () => {
    if (!this.unannounced) return;
    this.unannounced = false;
    for (const listener of [...this.listeners]) listener();
  };

  constructor(private readonly doc: Y.Doc) {
    this.nodes = new ElementList(nodesOf(doc), readNode);
    this.edges = new ElementList(edgesOf(doc), readEdge);
    nodesOf(doc).observeDeep(this.onNodes);
    edgesOf(doc).observeDeep(this.onEdges);
    metaOf(doc).observeDeep(this.onMeta);
    doc.on('afterTransaction', this.onTransaction);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  read(): Board {
    if (this.board) return this.board;
    this.meta ??= readBoardMeta(this.doc);
    const board: Board = { ...this.meta, nodes: this.nodes.read(), edges: this.edges.read() };
    this.board = board;
    return board;
  }

  dispose(): void {
    nodesOf(this.doc).unobserveDeep(this.onNodes);
    edgesOf(this.doc).unobserveDeep(this.onEdges);
    metaOf(this.doc).unobserveDeep(this.onMeta);
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private changed(mark: () => void): void {
    mark();
    this.board = undefined;
    this.unannounced = true;
  }
}
