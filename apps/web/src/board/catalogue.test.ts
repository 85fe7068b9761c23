import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '@scaleboard/rules';
import { en } from '../i18n/en';
import { KIND_LOOK, kindsByCategory } from './catalogue';

describe('palette catalogue', () => {
  it('lists every kind exactly once, each with an icon and an English name', () => {
    const listed = kindsByCategory().flatMap((s) => s.kinds);
    expect([...listed].sort()).toEqual([...NODE_KINDS].sort());
    for (const kind of NODE_KINDS) {
      expect(KIND_LOOK[kind].icon).toBeTruthy();
      expect(en.kinds[kind]).toBeTruthy();
      expect(en.defaultLabels[kind]).toBeTruthy();
    }
  });
});
