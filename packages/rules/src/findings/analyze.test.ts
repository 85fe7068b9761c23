import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability } from '../availability/availability';
import { estimate } from '../estimate/estimate';
import { EDGE_KINDS, NODE_KINDS } from '../kinds';
import { propagate } from '../load/propagate';
import { parseBoard } from '../parseBoard';
import { report } from '../report';
import type { Board } from '../boardSchema';
import { analyze } from './analyze';

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
const board = fc.record({ format: fc.constant('scaleboard/v1'), title: fc.string(), assumptions, nodes: fc.array(node, { maxLength: 14 }), edges: fc.array(edge, { maxLength: 24 }) });

describe('analyze on any board of known kinds', () => {
  // The generated props are of any type and range: the schema refuses the ones the catalogue
  // types otherwise, and the rules stay defined even when handed them (defence in depth).
  // 300 boards, each analysed twice and reported twice (latency and cost included): seconds on a shared machine.
  it('never throws, is deterministic, and gives finite load and availability', { timeout: 30_000 }, () => {
    fc.assert(fc.property(board, (raw) => {
      const json = JSON.parse(JSON.stringify(raw)) as Board;
      const parsed = parseBoard(json);
      if (!parsed.ok) expect(parsed.error.path).toMatch(/^nodes\[\d+\]\.props\./);
      const input = parsed.ok ? parsed.board : { ...json, nodes: json.nodes.map((n) => ({ ...n, props: n.props ?? {} })) };
      const first = analyze(input);
      expect(analyze(input)).toEqual(first);
      for (const finding of first) expect(finding.nodes.length).toBeGreaterThan(0);
      const load = propagate(input, estimate(input.assumptions));
      for (const value of Object.values(load)) {
        expect(Number.isFinite(value.qps)).toBe(true);
        expect(Number.isFinite(value.utilization)).toBe(true);
      }
      const up = availability(input).availability;
      expect(up).toBeGreaterThanOrEqual(0);
      expect(up).toBeLessThanOrEqual(1);
      expect(JSON.parse(JSON.stringify(report(input)))).toEqual(report(input));
    }), { numRuns: 300 });
  });
});

describe('parseBoard', () => {
  it('never throws on arbitrary JSON, returning a path when it refuses', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), board.map((b) => ({ ...b, nodes: [...b.nodes, { id: 1 }] }))), (json) => {
      const result = parseBoard(json);
      if (!result.ok) expect(typeof result.error.path).toBe('string');
      else expect(result.board.format).toBe('scaleboard/v1');
    }));
  });
});
