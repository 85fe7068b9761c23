import fc from 'fast-check';
import type { Board } from '../boardSchema';
import { EDGE_KINDS, NODE_KINDS } from '../kinds';
import { parseBoard } from '../parseBoard';

// Boards of known kinds with props of any type and range, for property tests of everything that
// reads a board (analyze, simulate): a handful of ids so edges and parents often connect.
const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const propValue = fc.oneof(fc.double(), fc.integer({ min: -5, max: 50 }), fc.boolean(), fc.string(), fc.constant(null), fc.constantFrom('primary', 'replica', 'lru', 'none'));
const props = fc.dictionary(
  fc.constantFrom('instances', 'stateful', 'role', 'replicas', 'hitRatio', 'ttlSeconds', 'eviction', 'capacityQps', 'availability', 'cpuCores', 'memoryGb', 'share', 'other'),
  propValue,
);
const node = fc.record({ id: ids, kind: fc.constantFrom(...NODE_KINDS), label: fc.string(), x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.integer(), parent: fc.option(ids, { nil: undefined }), props });
const edge = fc.record({ id: fc.string({ minLength: 1 }), from: ids, to: ids, kind: fc.constantFrom(...EDGE_KINDS) });
const assumptions = fc.record({
  monthlyActiveUsers: fc.integer({ min: 0, max: 2_000_000_000 }),
  dailyActiveRatio: fc.double({ min: 0, max: 1, noNaN: true }),
  peakFactor: fc.double({ min: 1, max: 10, noNaN: true }),
  availabilityTarget: fc.double({ min: 0, max: 1, noNaN: true }),
}, { requiredKeys: [] });
export const anyBoard = fc.record({ format: fc.constant('scaleboard/v1'), title: fc.string(), assumptions, nodes: fc.array(node, { maxLength: 14 }), edges: fc.array(edge, { maxLength: 24 }) });

/**
 * A generated board as a reader gets it: through JSON and `parseBoard`, or (when the schema refuses
 * its wild props) as is, so the readers' defence in depth is exercised too.
 */
export function boardOf(raw: unknown): Board {
  const json = JSON.parse(JSON.stringify(raw)) as Board;
  const parsed = parseBoard(json);
  return parsed.ok ? parsed.board : { ...json, nodes: json.nodes.map((n) => ({ ...n, props: n.props ?? {} })) };
}
