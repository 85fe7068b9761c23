import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { cachedLabels } from './cachedLabels';

describe('cachedLabels', () => {
  it('translates each distinct label once', () => {
    const t = vi.fn((key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`);
    const labels = cachedLabels(t as unknown as TFunction);
    expect(labels.nodeAria('LB', 'Load balancer')).toBe('node.aria{"label":"LB","kind":"Load balancer"}');
    labels.nodeAria('LB', 'Load balancer');
    labels.kindLabel('cache');
    labels.kindLabel('cache');
    labels.edgeAria({ id: 'e', from: 'a', to: 'b', kind: 'sync' }, 'A', 'B');
    labels.edgeAria({ id: 'f', from: 'a', to: 'b', kind: 'sync' }, 'A', 'B');
    expect(t).toHaveBeenCalledTimes(4);
  });
});
