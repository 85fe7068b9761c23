import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TWITTER_ASSUMPTIONS } from '../estimate/defaultAssumptions';
import { estimate } from '../estimate/estimate';
import { sketch } from '../rules/sketch';
import { propagate } from './propagate';

const twitter = estimate(TWITTER_ASSUMPTIONS);
const peak = twitter.peakQps;

describe('propagate', () => {
  it('splits a balancer\'s load over its backends by instances', () => {
    const board = sketch('lb', [['users', 'client'], ['lb', 'load-balancer'], ['w1', 'web-server', { instances: 3 }], ['w2', 'web-server']], [['users', 'lb'], ['lb', 'w1'], ['lb', 'w2']]);
    const load = propagate(board, twitter);
    expect(load.lb?.qps).toBeCloseTo(peak, 6);
    expect(load.w1?.qps).toBeCloseTo(peak * 0.75, 6);
    expect(load.w2?.qps).toBeCloseTo(peak * 0.25, 6);
    expect(load.w2?.utilization).toBeCloseTo((peak * 0.25) / 1000, 6);
    expect(load.users?.utilization).toBe(0);
  });

  it('lets a cache absorb its hit ratio of reads, sends writes to the primary and reads to replicas', () => {
    const board = sketch('cache', [
      ['web', 'web-server'], ['cache', 'cache', { hitRatio: 0.9 }], ['db', 'database'], ['replica', 'database', { role: 'replica' }],
    ], [['web', 'cache'], ['web', 'db'], ['web', 'replica'], ['db', 'replica', 'replication']]);
    const load = propagate(board, twitter);
    expect(load.cache?.qps).toBeCloseTo(twitter.peakReadQps, 6);
    expect(load.db?.qps).toBeCloseTo(twitter.peakWriteQps, 6);
    expect(load.replica?.qps).toBeCloseTo(twitter.peakReadQps * 0.1 + twitter.peakWriteQps, 6);
  });

  it('smooths work through a queue to the average rate', () => {
    const board = sketch('queue', [['web', 'web-server'], ['jobs', 'message-queue'], ['worker', 'worker']], [['web', 'jobs', 'async'], ['worker', 'jobs', 'async']]);
    const load = propagate(board, twitter);
    expect(load.jobs?.qps).toBeCloseTo(twitter.peakWriteQps, 6);
    expect(load.worker?.qps).toBeCloseTo(twitter.writeQps, 6);
  });

  it('lets a CDN absorb reads and DNS count lookups without becoming a hop', () => {
    const board = sketch('cdn', [['users', 'client'], ['dns', 'dns'], ['cdn', 'cdn', { hitRatio: 0.95 }], ['media', 'object-storage'], ['lb', 'load-balancer']], [
      ['users', 'dns'], ['users', 'cdn'], ['users', 'lb'], ['cdn', 'media'],
    ]);
    const load = propagate(board, twitter);
    expect(load.dns?.qps).toBeCloseTo(peak, 6);
    expect(load.lb?.qps).toBeCloseTo(peak, 6);
    expect(load.media?.qps).toBeCloseTo(twitter.peakReadQps * 0.05 + twitter.peakWriteQps, 6);
    expect(load.dns?.utilization).toBe(0);
  });

  it('terminates on cycles and gives every component a load', () => {
    const board = sketch('loop', [['a', 'web-server'], ['b', 'app-server'], ['note', 'note']], [['a', 'b'], ['b', 'a']]);
    const load = propagate(board, twitter);
    expect(Object.keys(load).sort()).toEqual(['a', 'b']);
    expect(load.a?.qps).toBeCloseTo(peak, 6);
    expect(load.b?.qps).toBeCloseTo(peak, 6);
  });

  it('conserves load through a balancer (property)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 2_000_000_000 }),
      (instances, users) => {
        const backends = instances.map((n, i) => [`w${i}`, 'web-server', { instances: n }] as const);
        const board = sketch('lb', [['users', 'client'], ['lb', 'load-balancer'], ...backends], [['users', 'lb'], ...backends.map(([id]) => ['lb', id] as const)]);
        const load = propagate(board, estimate({ monthlyActiveUsers: users }));
        const total = backends.reduce((sum, [id]) => sum + (load[id]?.qps ?? 0), 0);
        expect(total).toBeCloseTo(load.lb?.qps ?? -1, 3);
      },
    ));
  });
});

describe('propagate with extreme capacities', () => {
  // Found by the analyze property test (seed 1086540062): a denormal capacity made utilisation Infinity.
  it('keeps utilisation finite when a capacity is tiny: capacities below 1 QPS count as 1', () => {
    const board = sketch('tiny capacity', [['c', 'client'], ['db', 'database', { capacityQps: 5e-324 }]], [['c', 'db']]);
    const load = propagate(board, estimate({ monthlyActiveUsers: 1_000_000, dailyActiveRatio: 1, writesPerUserPerDay: 1 }));
    expect(Number.isFinite(load.db?.utilization)).toBe(true);
    expect(load.db?.utilization).toBe(load.db?.qps);
  });
});
