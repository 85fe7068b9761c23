import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../kinds';
import { CATALOGUE, CATEGORIES, catalogueOf } from './catalogue';
import { resolveProps } from './resolveProps';

describe('CATALOGUE', () => {
  it('describes every node kind with a palette category', () => {
    for (const kind of NODE_KINDS) {
      expect(catalogueOf(kind).kind).toBe(kind);
      expect(CATEGORIES).toContain(CATALOGUE[kind].category);
    }
  });

  it('documents a capacity and an availability for every non-client component', () => {
    for (const kind of ['load-balancer', 'web-server', 'app-server', 'cache', 'session-store', 'database', 'message-queue', 'worker'] as const) {
      expect(catalogueOf(kind).props.capacityQps).toMatchObject({ unit: 'QPS', default: expect.any(Number) });
      expect(catalogueOf(kind).props.instances).toMatchObject({ default: 1, min: 1 });
    }
    for (const kind of ['dns', 'cdn', 'object-storage'] as const) expect(catalogueOf(kind).managed).toBe(true);
  });
});

describe('resolveProps', () => {
  it('fills defaults and leaves out props the kind does not define', () => {
    const props = resolveProps('database', { replicas: 2, tier: 'gold' });
    expect(props).toMatchObject({ role: 'primary', replicas: 2, instances: 1, capacityQps: 5000 });
    expect(props).not.toHaveProperty('tier');
    expect(resolveProps('client', { capacityQps: -1 })).toEqual({ share: 1, latencyMs: 0 });
  });

  it('replaces ill-typed values and clamps out-of-range ones', () => {
    expect(resolveProps('cache', { hitRatio: 1.7, instances: 'two', eviction: 'random' })).toMatchObject({ hitRatio: 1, instances: 1, eviction: 'lru' });
    expect(resolveProps('web-server', { instances: 0 }).instances).toBe(1);
  });
});
