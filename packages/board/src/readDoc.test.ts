import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_FORMAT, MAX_JSON_DEPTH, NODE_KINDS, parseBoard, report } from '@scaleboard/rules';
import { BoardReader } from './BoardReader';
import { addNode, deleteElements } from './edits';
import { edgesOf, META_EXTRA_KEY, metaOf, nodesOf } from './layout';
import { checkWellFormed } from './render/checkWellFormed';
import { renderBoardSvg } from './render/renderBoardSvg';
import { createEdgeMap, createNodeMap, docToBoard, readDoc } from './snapshot';

/** A map of fields, as an edit key or a newer client may write it. */
/** Junk where the layout says a map: the layout's types cannot say it, an update can. */
const asMap = (value: unknown) => value as Y.Map<unknown>;

/**
 * A value nested `depth` levels deep, around the depth a board file allows: built afresh where it
 * is set, because a Yjs type can live in one place only.
 */
class Nested {
  constructor(
    readonly depth: number,
    readonly shape: 'array' | 'object' | 'y-map' | 'y-array',
    readonly leaf: unknown,
  ) {}

  build(): unknown {
    let value = this.leaf;
    for (let i = 0; i < this.depth; i++) {
      if (this.shape === 'array') value = [value];
      else if (this.shape === 'object') value = { v: value };
      else if (this.shape === 'y-map') value = new Y.Map<unknown>([['v', value]]);
      else {
        const array = new Y.Array<unknown>();
        array.push([value]);
        value = array;
      }
    }
    return value;
  }
}

const built = (value: unknown) => (value instanceof Nested ? value.build() : value);

function yMapOf(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, built(value));
  return map;
}

describe('readDoc', () => {
  it('leaves out and counts elements that break the board file contract, and keeps them in the document', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      // Written as an old log holds them, past the checks the editing functions make today.
      nodesOf(doc).set('db', createNodeMap({ id: 'db', kind: 'database', label: 'DB', x: 0, y: 0, props: { instances: 'many', replicas: 2 } }));
      edgesOf(doc).set('e1', createEdgeMap({ id: 'e1', from: 'db', to: 'q', kind: 'sync' }));
      nodesOf(doc).set('q', yMapOf({ kind: 'quantum-queue', label: 'Q', x: 40, y: 50, props: new Y.Map() }));
      nodesOf(doc).set('big', yMapOf({ kind: 'cache', label: 'C', x: 0, y: 0, props: yMapOf({ size: 10n }) }));
      nodesOf(doc).set('nan', yMapOf({ kind: 'cache', label: 'C', x: Number.NaN, y: 0 }));
      nodesOf(doc).set('nul', yMapOf({ kind: 'cache', label: 'a\u0000b', x: 0, y: 0 }));
      nodesOf(doc).set('raw', asMap('not a map'));
      edgesOf(doc).set('e2', yMapOf({ from: 'db', to: 'q', kind: 'teleport' }));
      edgesOf(doc).set('e3', yMapOf({ from: 'db' }));
      metaOf(doc).set('title', 'x'.repeat(100_000));
      metaOf(doc).set(META_EXTRA_KEY, { format: 'other', title: 5, generator: 'kept' });
      metaOf(doc).set('assumptions', yMapOf({ peakFactor: 'high', monthlyActiveUsers: 1000, custom: 'kept', toString: 1 }));
    });
    let updates = 0;
    doc.on('update', () => (updates += 1));
    const { board, skipped, unknownNodes } = readDoc(doc);
    expect(parseBoard(board).ok).toBe(true);
    expect(parseBoard(JSON.parse(JSON.stringify(board))).ok).toBe(true);
    // A prop of the wrong type costs that prop (its default applies), not the node.
    expect(board.nodes.map((n) => n.id)).toEqual(['db', 'nul']);
    expect(board.nodes[0]?.props).toEqual({ replicas: 2 });
    expect(nodesOf(doc).get('db')?.get('props')).toBeInstanceOf(Y.Map);
    // Text an old log may hold (a NUL, over its limit) is cleaned and clipped, as editing does.
    expect(board.nodes[1]?.label).toBe('ab');
    expect(board.edges.map((e) => e.id)).toEqual(['e1']);
    expect(skipped).toEqual({ nodes: 4, edges: 2, sketches: 0 });
    expect(unknownNodes.find((n) => n.id === 'q')).toEqual({ id: 'q', kind: 'quantum-queue', label: 'Q', x: 40, y: 50 });
    expect(board).toMatchObject({ format: 'scaleboard/v1', title: 'x'.repeat(200), generator: 'kept' });
    expect(board.assumptions).toEqual({ monthlyActiveUsers: 1000, custom: 'kept', toString: 1 });
    expect(updates).toBe(0);
    expect(nodesOf(doc).get('q')?.get('kind')).toBe('quantum-queue');
  });

  const flatJunk = fc.oneof(
    fc.string({ maxLength: 4 }),
    // Node ids too, so parents name a node: themselves, a non-group, or each other in a cycle.
    fc.constantFrom(...NODE_KINDS, 'sync', 'async', 'future-kind', '', 'a\u0000b', 'x'.repeat(300), 'a', 'b', 'c', 'd'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt({ min: -9n, max: 9n }),
    fc.jsonValue({ maxDepth: 2 }),
    fc.uint8Array({ maxLength: 2 }),
  );
  const nested = fc
    .record({
      depth: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: MAX_JSON_DEPTH - 4, max: MAX_JSON_DEPTH + 2 })),
      shape: fc.constantFrom('array' as const, 'object' as const, 'y-map' as const, 'y-array' as const),
      // What a Y.Array can hold, too: no undefined, no bigint.
      leaf: fc.oneof(fc.string({ maxLength: 4 }), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 1 })),
    })
    .map(({ depth, shape, leaf }) => new Nested(depth, shape, leaf));
  const junk = fc.oneof({ weight: 6, arbitrary: flatJunk }, { weight: 1, arbitrary: nested });
  const fields = (keys: string[]) => fc.dictionary(fc.constantFrom(...keys), junk, { maxKeys: keys.length });
  const nodeFields = fields(['kind', 'label', 'x', 'y', 'parent', 'width', 'height', 'props', 'colour']);
  const edgeFields = fields(['from', 'to', 'kind', 'label', 'weight']);
  const element = (shape: fc.Arbitrary<Record<string, unknown>>) =>
    fc.oneof(
      { weight: 4, arbitrary: shape.map((f) => ({ map: true as const, fields: f })) },
      { weight: 1, arbitrary: junk.map((value) => ({ map: false as const, value })) },
    );
  const anyDoc = fc.record({
    nodes: fc.dictionary(fc.constantFrom('', 'a', 'b', 'c', 'd', '__proto__'), element(nodeFields)),
    // Every prop of the catalogue, of any type.
    nodeProps: fc.dictionary(
      fc.constantFrom('a', 'b', 'c'),
      fields(['instances', 'stateful', 'role', 'replicas', 'hitRatio', 'ttlSeconds', 'eviction', 'capacityQps', 'other', '__proto__']),
    ),
    edges: fc.dictionary(fc.constantFrom('', 'e', 'f', 'g'), element(edgeFields)),
    meta: fields(['title', 'assumptions', META_EXTRA_KEY, 'other']),
    assumptions: fields(['monthlyActiveUsers', 'peakFactor', 'dailyActiveRatio', 'custom', 'constructor']),
    // Unknown top-level fields named like the known ones, which must never stand in for them.
    extra: fc.option(fields(['format', 'title', 'assumptions', 'nodes', 'edges', 'generator', '__proto__'])),
  });

  it('gives a board that passes parseBoard for any document, and BoardReader gives the same', () => {
    fc.assert(
      fc.property(anyDoc, (gen) => {
        const doc = new Y.Doc();
        const reader = new BoardReader(doc);
        doc.transact(() => {
          for (const [id, el] of Object.entries(gen.nodes)) nodesOf(doc).set(id, el.map ? yMapOf(el.fields) : asMap(built(el.value)));
        });
        doc.transact(() => {
          for (const [id, props] of Object.entries(gen.nodeProps)) {
            const node: unknown = nodesOf(doc).get(id);
            if (node instanceof Y.Map) node.set('props', yMapOf(props));
          }
          for (const [id, el] of Object.entries(gen.edges)) edgesOf(doc).set(id, el.map ? yMapOf(el.fields) : asMap(built(el.value)));
        });
        expect(reader.reading()).toEqual(readDoc(doc));
        doc.transact(() => {
          for (const [key, value] of Object.entries(gen.meta)) metaOf(doc).set(key, built(value));
          if (Object.keys(gen.assumptions).length > 0) metaOf(doc).set('assumptions', yMapOf(gen.assumptions));
          if (gen.extra) metaOf(doc).set(META_EXTRA_KEY, Object.fromEntries(Object.entries(gen.extra).map(([key, value]) => [key, built(value)])));
        });
        const board = docToBoard(doc);
        const parsed = parseBoard(board);
        expect(parsed.ok ? 'ok' : parsed.error).toBe('ok');
        expect(parseBoard(JSON.parse(JSON.stringify(board))).ok).toBe(true);
        expect(reader.reading()).toEqual(readDoc(doc));
        const { skipped, unknownNodes } = readDoc(doc);
        expect(board.nodes.length + skipped.nodes).toBe(nodesOf(doc).size);
        expect(board.edges.length + skipped.edges).toBe(edgesOf(doc).size);
        expect(unknownNodes).toHaveLength(skipped.nodes);
        expect(board.format).toBe(BOARD_FORMAT);
        // What the report and export routes do next never throws, and the picture is well-formed.
        checkWellFormed(renderBoardSvg(board, { findings: report(board).findings }));
      }),
      { numRuns: 200 },
    );
  }, 30_000); // 200 documents, some nested past MAX_JSON_DEPTH: seconds, more on a loaded machine
});

describe('deleteElements', () => {
  it('steps over values in the maps that are not elements', () => {
    const doc = new Y.Doc();
    addNode(doc, { id: 'a', kind: 'cache', label: 'A', x: 0, y: 0, props: {} });
    doc.transact(() => {
      nodesOf(doc).set('junk', asMap(7));
      edgesOf(doc).set('junk', asMap('x'));
    });
    deleteElements(doc, { nodes: ['a'] });
    expect(nodesOf(doc).has('a')).toBe(false);
    expect(nodesOf(doc).has('junk')).toBe(true);
  });
});
