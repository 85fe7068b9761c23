import type { TFunction } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { i18next } from '../../i18n/i18n';
import { cachedLabels, fillIn } from './cachedLabels';

describe('cachedLabels', () => {
  it('translates each text once and fills it in per label', () => {
    const t = vi.fn((key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`);
    const labels = cachedLabels(t as unknown as TFunction, 'en');
    expect(labels.nodeAria('LB', 'Load balancer')).toBe('node.aria{"label":"LB","kind":"Load balancer"}');
    expect(labels.nodeAria('DB', 'Database')).toBe('node.aria{"label":"DB","kind":"Database"}');
    expect(labels.kindLabel('cache')).toBe('Cache');
    expect(cachedLabels(t as unknown as TFunction, 'ko').kindLabel('cache')).toBe('캐시');
    expect(labels.edgeAria({ id: 'e', from: 'a', to: 'b', kind: 'sync' }, 'A', 'B')).toBe('edge.aria{"kind":"edge.kinds.sync","from":"A","to":"B"}');
    labels.edgeAria({ id: 'f', from: 'b', to: 'c', kind: 'sync' }, 'B', 'C');
    // node.aria, edge.aria and edge.kinds.sync (the Korean labels ask for nothing until used).
    expect(t).toHaveBeenCalledTimes(4);
  });

  it('says what i18next says, in both languages, whatever the labels hold', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const t = i18next.getFixedT(lang);
      const labels = cachedLabels(t, lang);
      expect(t('node.aria', { label: 'x', kind: 'y' })).toBe('x, y');
      const cases: Array<[string, string]> = [['Web {{x}}', 'DB $1 $&'], ['', '\u0000'], ['웹 서버', 'a, b']];
      for (const [from, to] of cases) {
        expect(labels.edgeAria({ id: 'e', from: 'a', to: 'b', kind: 'async' }, from, to)).toBe(t('edge.aria', { kind: t('edge.kinds.async'), from, to }));
        expect(labels.nodeAria(from, to)).toBe(t('node.aria', { label: from, kind: to }));
      }
    }
  });

  it('fills values in any order the translation puts them', () => {
    expect(fillIn((slot) => `${slot(1)} then ${slot(0)}`)(['a', 'b'])).toBe('b then a');
    expect(fillIn(() => 'no values')(['a', 'b'])).toBe('no values');
  });
});
