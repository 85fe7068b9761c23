import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate/estimate';
import type { ComponentKind } from '../kinds';
import { report } from '../report';
import { sketch } from '../rules/sketch';
import { cost } from './cost';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH, UNIT_PRICES } from './unitPrices';

const INSTANCE_PRICED = (Object.keys(UNIT_PRICES) as (keyof typeof UNIT_PRICES)[]).filter((kind) => UNIT_PRICES[kind].unit === 'instanceMonth');

describe('monthly cost', () => {
  it('prices instances from the dated defaults: hourly list price × 730 h', () => {
    const board = sketch('tier', [['users', 'client'], ['lb', 'load-balancer', { instances: 2 }], ['web', 'web-server', { instances: 3 }], ['db', 'database', { replicas: 1 }]], [
      ['users', 'lb'], ['lb', 'web'], ['web', 'db'],
    ]);
    const result = cost(board);
    expect(UNIT_PRICES['web-server'].usd).toBe(Math.round(0.384 * HOURS_PER_MONTH * 100) / 100);
    expect(result.perNode).toEqual({ users: 0, lb: 2 * 16.43, web: 3 * 280.32, db: 2 * 519.76 });
    expect(result.monthly).toBeCloseTo(2 * 16.43 + 3 * 280.32 + 2 * 519.76, 2);
    expect(result.currency).toBe('USD');
    expect(result.perMillionRequests).toBeNull();
  });

  it('takes a component\'s own unit price', () => {
    const board = sketch('own price', [['web', 'web-server', { instances: 2, unitPriceUsd: 100 }]]);
    expect(cost(board).monthly).toBe(200);
  });

  it('saturates instead of overflowing when a board asks for absurd instance counts', () => {
    // Found by simulate.test.ts's "deterministic and finite" property: 3.46e303 database instances.
    const board = sketch('absurd', [['db', 'database', { instances: 3.458698504814368e303 }], ['web', 'web-server', { instances: 1e308 }]]);
    const result = cost(board);
    expect(Number.isFinite(result.monthly)).toBe(true);
    expect(Object.values(result.perNode).every(Number.isFinite)).toBe(true);
  });

  it('is linear in instances for every kind priced by the instance', () => {
    fc.assert(fc.property(fc.constantFrom(...INSTANCE_PRICED), fc.integer({ min: 1, max: 1_000 }), fc.double({ min: 0, max: 10_000, noNaN: true }), (kind: ComponentKind, instances, price) => {
      const many = cost(sketch('many', [['x', kind, { instances, unitPriceUsd: price }]])).monthly;
      // Rounded to cents once, on the total: never the cent of one instance times the count.
      expect(Math.abs(many - instances * price)).toBeLessThanOrEqual(0.005 + 1e-9 * instances * price);
    }));
  });

  it('bills queues by the million messages and CDNs by the GB, at the average (not peak) load', () => {
    const assumptions = { monthlyActiveUsers: 10_000_000 };
    const est = estimate(assumptions);
    const board = sketch('by use', [['users', 'client'], ['cdn', 'cdn', { hitRatio: 1 }], ['web', 'web-server', { capacityQps: 1e9 }], ['jobs', 'message-queue'], ['worker', 'worker']], [
      ['users', 'cdn'], ['users', 'web'], ['web', 'jobs', 'async'], ['jobs', 'worker'],
    ], assumptions);
    const { load, cost: bill } = report(board);
    const month = (qps: number) => (qps / est.assumptions.peakFactor) * SECONDS_PER_MONTH;
    expect(bill.perNode.jobs).toBeCloseTo((month(load.jobs!.qps) / 1e6) * 0.4, 1);
    const bytesPerRead = 64 + 140 + 0.1 * 1_000_000;
    expect(bill.perNode.cdn).toBeCloseTo(((month(load.cdn!.qps) * bytesPerRead) / 1e9) * 0.085, 0);
    expect(bill.perMillionRequests).toBeCloseTo((bill.monthly / (est.qps * SECONDS_PER_MONTH)) * 1e6, 4);
  });

  it('bills object storage for the media kept over the retention, shared by the stores', () => {
    const assumptions = { monthlyActiveUsers: 1_000_000 };
    const board = sketch('media', [['a', 'object-storage'], ['b', 'object-storage']], [], assumptions);
    const perStore = ((estimate(assumptions).mediaStorageTotalBytes / 2) / 1e9) * 0.023;
    expect(cost(board).perNode.a).toBeCloseTo(perStore, 1);
    expect(cost(board).perNode.b).toBeCloseTo(perStore, 1);
  });

  it('is deterministic and in the report', () => {
    const board = sketch('twice', [['users', 'client'], ['web', 'web-server']], [['users', 'web']], { monthlyActiveUsers: 5_000_000 });
    expect(cost(board)).toEqual(cost(board));
    expect(report(board).cost).toEqual(cost(board));
  });
});
