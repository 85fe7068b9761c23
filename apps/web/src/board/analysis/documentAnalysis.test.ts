import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportWithAvailability, sketch, type Board } from '@scaleboard/rules';
import { ANALYSE_WHEN_SHOWN_ABOVE, DocumentAnalysis, SHOWN_WAIT_LIMIT_MS } from './documentAnalysis';

/** A chain of `count` web servers behind one load balancer: one finding or more on every size. */
function chain(count: number): Board {
  const nodes: Array<[string, 'load-balancer' | 'web-server' | 'database']> = [['lb', 'load-balancer'], ...Array.from({ length: count - 2 }, (_, i) => [`web${i}`, 'web-server'] as [string, 'web-server']), ['db', 'database']];
  const edges = nodes.slice(1).map(([id], i): [string, string] => [nodes[i]![0], id]);
  return sketch('Chain', nodes, edges, { monthlyActiveUsers: 1_000_000 });
}

const reportOf = ({ findings, estimate, load, latency, cost, availability }: ReturnType<typeof reportWithAvailability>) => ({ findings, estimate, load, latency, cost, availability });

afterEach(() => vi.useRealTimers());

describe('DocumentAnalysis', () => {
  it('analyses a board up to the size the canvas draws whole at once', () => {
    const board = chain(ANALYSE_WHEN_SHOWN_ABOVE);
    const analysis = new DocumentAnalysis().analysisOf(board, 'en', null);
    expect(analysis.pending).toBe(false);
    expect(reportOf(analysis)).toEqual(reportWithAvailability(board));
  });

  it('holds a bigger board pending until the canvas has shown it, then gives the report it would have given at once', () => {
    const board = chain(ANALYSE_WHEN_SHOWN_ABOVE + 1);
    const reports = new DocumentAnalysis();
    const listener = vi.fn();
    reports.subscribe(listener);
    const pending = reports.analysisOf(board, 'en', null);
    expect(pending).toMatchObject({ pending: true, board, findings: [], load: {}, touched: 'all' });
    // The same snapshot while nothing changed (useSyncExternalStore needs it).
    expect(reports.analysisOf(board, 'en', null)).toBe(pending);
    expect(listener).not.toHaveBeenCalled();

    reports.shown();
    expect(listener).toHaveBeenCalledTimes(1);
    const analysis = reports.analysisOf(board, 'en', null);
    expect(analysis.pending).toBe(false);
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(reportOf(analysis)).toEqual(reportWithAvailability(board));
    expect(reports.analysisOf(board, 'en', null)).toBe(analysis);

    // From then on, every board is analysed as it comes, a language switch too.
    const edited = { ...board, nodes: board.nodes.map((n) => (n.id === 'db' ? { ...n, props: { instances: 2 } } : n)) };
    expect(reports.analysisOf(edited, 'en', null)).toMatchObject({ pending: false, basis: analysis.version });
    expect(reports.analysisOf(edited, 'ko', null).pending).toBe(false);
    reports.shown();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('stops waiting for a canvas that never says it has drawn', () => {
    vi.useFakeTimers();
    const board = chain(ANALYSE_WHEN_SHOWN_ABOVE + 1);
    const reports = new DocumentAnalysis();
    const listener = vi.fn();
    reports.subscribe(listener);
    expect(reports.analysisOf(board, 'en', null).pending).toBe(true);
    vi.advanceTimersByTime(SHOWN_WAIT_LIMIT_MS - 1);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(reports.analysisOf(board, 'en', null).pending).toBe(false);
  });
});
