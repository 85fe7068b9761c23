import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { cachedLabels } from './cachedLabels';

describe('cachedLabels', () => {
  it('translates each distinct label once', () => {
    const t = vi.fn((key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`);
    const labels = cachedLabels(t as unknown as TFunction, 'en');
    expect(labels.nodeAria('LB', 'Load balancer')).toBe('node.aria{"label":"LB","kind":"Load balancer"}');
    labels.nodeAria('LB', 'Load balancer');
    expect(labels.kindLabel('cache')).toBe('Cache');
    expect(cachedLabels(t as unknown as TFunction, 'ko').kindLabel('cache')).toBe('캐시');
    labels.edgeAria({ id: 'e', from: 'a', to: 'b', kind: 'sync' }, 'A', 'B');
    labels.edgeAria({ id: 'f', from: 'a', to: 'b', kind: 'sync' }, 'A', 'B');
    expect(t).toHaveBeenCalledTimes(3);
  });
});
