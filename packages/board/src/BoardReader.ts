import type * as Y from 'yjs';
import type { Board, BoardEdge, BoardNode, BoardSketch } from '@scaleboard/rules';
import { edgesOf, metaOf, nodesOf, sketchesOf, type YEdge, type YNode, type YSketch } from './layout';
import { byId, readBoardMeta, readEdgeChecked, readNodeChecked, readSketchChecked, sketchesField, type BoardMeta, type DocReading, type UnknownNode } from './snapshot';

type Events = ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>;

/** One element as read: kept in the board, or left out (with what is shown of it, if anything). */
type Entry<T, S> = { id: string; item: T; skipped?: undefined } | { id: string; item?: undefined; skipped: S };

/** One list of a board (nodes or edges) and what changed in it since it was last read. */
class ElementList<V, T extends { id: string }, S> {
  private entries: Entry<T, S>[] | undefined;
  private items: T[] = [];
  private skipped: S[] = [];
  private readonly dirty = new Set<string>();
  private membershipChanged = false;

  constructor(
    private readonly map: Y.Map<V>,
    private readonly readOne: (id: string, value: unknown) => Entry<T, S>,
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

  /** The elements kept, sorted by id, and those left out; lists keep their identity while unchanged. */
  read(): { items: T[]; skipped: S[] } {
    if (this.entries && this.dirty.size === 0) return { items: this.items, skipped: this.skipped };
    if (this.entries && !this.membershipChanged) {
      // The same elements, so the same order: replace the ones that changed.
      this.entries = this.entries.map((entry) => (this.dirty.has(entry.id) ? this.readOne(entry.id, this.map.get(entry.id)) : entry));
    } else {
      const previous = new Map((this.entries ?? []).map((entry) => [entry.id, entry]));
      const entries: Entry<T, S>[] = [];
      this.map.forEach((value, id) => {
        const known = previous.get(id);
        entries.push(known && !this.dirty.has(id) ? known : this.readOne(id, value));
      });
      this.entries = entries.sort(byId);
    }
    this.items = sameOr(this.items, this.entries.flatMap((entry) => (entry.item ? [entry.item] : [])));
    this.skipped = sameOr(this.skipped, this.entries.flatMap((entry) => (entry.skipped !== undefined ? [entry.skipped] : [])));
    this.dirty.clear();
    this.membershipChanged = false;
    return { items: this.items, skipped: this.skipped };
  }
}

/** The old list when it holds the very same elements, so an untouched list keeps its identity. */
function sameOr<X>(old: X[], next: X[]): X[] {
  return old.length === next.length && old.every((x, i) => x === next[i]) ? old : next;
}

const readNodeEntry = (id: string, value: unknown): Entry<BoardNode, UnknownNode> => {
  const reading = readNodeChecked(id, value);
  return reading.ok ? { id, item: reading.node } : { id, skipped: reading.unknown };
};
const readEdgeEntry = (id: string, value: unknown): Entry<BoardEdge, true> => {
  const edge = readEdgeChecked(id, value);
  return edge ? { id, item: edge } : { id, skipped: true };
};
const readSketchEntry = (id: string, value: unknown): Entry<BoardSketch, true> => {
  const sketch = readSketchChecked(id, value);
  return sketch ? { id, item: sketch } : { id, skipped: true };
};

/**
 * `readDoc(doc)`, kept up to date by re-reading only what each change touched: a property edit
 * on a 1,000-component board reads one node instead of 3,400 elements and their sort (about 2 ms
 * of every edit in the browser, docs/BENCHMARKS.md). Elements and lists nothing touched keep
 * their identity, and so does the board while nothing changed, so callers can compare by `===`.
 *
 * It observes the document from its creation until `dispose()`; `reading()` always equals
 * `readDoc(doc)` and `read()` `docToBoard(doc)` (a property test checks it). `subscribe` tells of
 * changes once per transaction, after the reader has taken them in — the shape
 * `useSyncExternalStore` wants.
 *
 * @example const reader = new BoardReader(doc); reader.subscribe(() => report(reader.read())); … reader.dispose();
 */
export class BoardReader {
  private current: DocReading | undefined;
  private meta: BoardMeta | undefined;
  private readonly nodes: ElementList<YNode, BoardNode, UnknownNode>;
  private readonly edges: ElementList<YEdge, BoardEdge, true>;
  private readonly sketches: ElementList<YSketch, BoardSketch, true>;
  private readonly onNodes = (events: Events) => this.changed(() => this.nodes.changed(events));
  private readonly onEdges = (events: Events) => this.changed(() => this.edges.changed(events));
  private readonly onSketches = (events: Events) => this.changed(() => this.sketches.changed(events));
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
    this.nodes = new ElementList(nodesOf(doc), readNodeEntry);
    this.edges = new ElementList(edgesOf(doc), readEdgeEntry);
    this.sketches = new ElementList(sketchesOf(doc), readSketchEntry);
    nodesOf(doc).observeDeep(this.onNodes);
    edgesOf(doc).observeDeep(this.onEdges);
    sketchesOf(doc).observeDeep(this.onSketches);
    metaOf(doc).observeDeep(this.onMeta);
    doc.on('afterTransaction', this.onTransaction);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The board: only elements that keep the board file contract, so it always passes `parseBoard`. */
  read(): Board {
    return this.reading().board;
  }

  /** The board, how many elements were left out, and the nodes left out as the canvas shows them. */
  reading(): DocReading {
    if (this.current) return this.current;
    this.meta ??= readBoardMeta(this.doc);
    const nodes = this.nodes.read();
    const edges = this.edges.read();
    const sketches = this.sketches.read();
    this.current = {
      board: { ...this.meta, nodes: nodes.items, edges: edges.items, ...sketchesField(sketches.items) },
      skipped: { nodes: nodes.skipped.length, edges: edges.skipped.length, sketches: sketches.skipped.length },
      unknownNodes: nodes.skipped,
    };
    return this.current;
  }

  dispose(): void {
    nodesOf(this.doc).unobserveDeep(this.onNodes);
    edgesOf(this.doc).unobserveDeep(this.onEdges);
    sketchesOf(this.doc).unobserveDeep(this.onSketches);
    metaOf(this.doc).unobserveDeep(this.onMeta);
    this.doc.off('afterTransaction', this.onTransaction);
    this.listeners.clear();
  }

  private changed(mark: () => void): void {
    mark();
    this.current = undefined;
    this.unannounced = true;
  }
}
