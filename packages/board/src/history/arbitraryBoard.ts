import fc from 'fast-check';
import { CATALOGUE, EDGE_KINDS, isGroupKind, NODE_KINDS, type Board, type BoardEdge, type BoardNode, type NodeKind, type PropSpec } from '@scaleboard/rules';

/** A value a prop of this spec may hold. */
function propValue(spec: PropSpec): fc.Arbitrary<unknown> {
  if (spec.type === 'boolean') return fc.boolean();
  if (spec.type === 'enum') return fc.constantFrom(...spec.options);
  const range = { min: spec.min ?? -1e6, max: spec.max ?? 1e6 };
  return spec.type === 'integer' ? fc.integer({ min: Math.ceil(range.min), max: Math.floor(range.max) }) : fc.double({ ...range, noNaN: true });
}

/** Props valid for the kind, any subset of the catalogue's, and sometimes one it does not define. */
function propsOf(kind: NodeKind): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(Object.entries(CATALOGUE[kind].props).map(([name, spec]) => [name, propValue(spec)]));
  return fc.record({ ...shape, other: fc.string({ maxLength: 3 }) }, { requiredKeys: [] });
}

const node = fc
  .constantFrom(...NODE_KINDS)
  .chain((kind) =>
    fc.record(
      {
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'keep'),
        kind: fc.constant(kind),
        label: fc.string({ maxLength: 4 }),
        x: fc.integer({ min: -500, max: 500 }),
        y: fc.integer({ min: -500, max: 500 }),
        width: fc.integer({ min: 1, max: 400 }),
        parentPick: fc.nat(),
        colour: fc.constantFrom('red', 'blue'),
        props: propsOf(kind),
      },
      { requiredKeys: ['id', 'kind', 'label', 'x', 'y', 'parentPick', 'props'] },
    ),
  );

const edge = fc.record(
  {
    id: fc.constantFrom('e1', 'e2', 'e3', 'e4'),
    fromPick: fc.nat(),
    toPick: fc.nat(),
    kind: fc.constantFrom(...EDGE_KINDS),
    label: fc.string({ maxLength: 3 }),
  },
  { requiredKeys: ['id', 'fromPick', 'toPick', 'kind'] },
);

/**
 * A board that keeps the live document contract, for property tests: a few ids shared between
 * boards, kinds from the catalogue with valid props, parents only groups listed earlier (so no
 * cycles), edges between its nodes, a title, assumptions and an unknown top-level field.
 *
 * @example fc.assert(fc.property(arbitraryBoard, arbitraryBoard, (a, b) => …))
 */
export const arbitraryBoard: fc.Arbitrary<Board> = fc
  .record({
    nodes: fc.uniqueArray(node, { selector: (n) => n.id, maxLength: 6 }),
    edges: fc.uniqueArray(edge, { selector: (e) => e.id, maxLength: 4 }),
    title: fc.constantFrom('Chat', 'Feed', 'Untitled board'),
    monthlyActiveUsers: fc.option(fc.integer({ min: 1, max: 1e9 }), { nil: undefined }),
    custom: fc.option(fc.constantFrom('kept', 'other'), { nil: undefined }),
    generator: fc.option(fc.constantFrom('cli', 'web'), { nil: undefined }),
  })
  .map(({ nodes: drawn, edges: drawnEdges, title, monthlyActiveUsers, custom, generator }) => {
    const nodes: BoardNode[] = drawn.map(({ parentPick, ...fields }, i) => {
      const groups = drawn.slice(0, i).filter((earlier) => isGroupKind(earlier.kind));
      const parent = groups[parentPick % (groups.length + 1)]?.id;
      return parent === undefined ? fields : { ...fields, parent };
    });
    const edges: BoardEdge[] =
      nodes.length === 0
        ? []
        : drawnEdges.map(({ fromPick, toPick, ...fields }) => ({ ...fields, from: nodes[fromPick % nodes.length]!.id, to: nodes[toPick % nodes.length]!.id }));
    const assumptions = Object.fromEntries(Object.entries({ monthlyActiveUsers, custom }).filter(([, value]) => value !== undefined));
    return { format: 'scaleboard/v1', title, assumptions, nodes, edges, ...(generator === undefined ? {} : { generator }) } as Board;
  });
