import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability } from '../availability/availability';
import { estimate } from '../estimate/estimate';
import { propagate } from '../load/propagate';
import { parseBoard } from '../parseBoard';
import { report } from '../report';
import type { Board } from '../boardSchema';
import { anyBoard as board } from '../testing/anyBoard';
import { analyze } from './analyze';

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
