import { describe, expect, it } from 'vitest';
import { kindName, NODE_KINDS } from '@scaleboard/rules';
import { en } from '../i18n/en';
import { KIND_LOOK, kindsByCategory } from './catalogue';

describe('palette catalogue', () => {
  it('lists every kind exactly once, each with an icon, a name (from the rules package) and a default label', () => {
    const listed = kindsByCategory().flatMap((s) => s.kinds);
    expect([...listed].sort()).toEqual([...NODE_KINDS].sort());
    for (const kind of NODE_KINDS) {
      expect(KIND_LOOK[kind].icon).toBeTruthy();
      // translate gives back the key when a text is missing.
      expect(kindName(kind, 'en')).not.toBe(`kinds.${kind}.name`);
      expect(en.defaultLabels[kind]).toBeTruthy();
    }
  });
});
