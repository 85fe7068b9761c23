import { describe, expect, it } from 'vitest';
import { ExportSlots } from './ExportSlots';

describe('ExportSlots', () => {
  it('admits up to the per-client limit, and again once a slot is released (once)', () => {
    const slots = new ExportSlots({ exportsPerClient: 2, exportsPerBoard: 10 });
    const first = slots.admit('a', 'b1');
    const second = slots.admit('a', 'b2');
    expect([first.ok, second.ok, slots.admit('a', 'b3')]).toEqual([true, true, { ok: false, reason: 'client-busy' }]);
    expect(slots.admit('other', 'b1').ok).toBe(true);
    if (first.ok) {
      first.release();
      first.release();
    }
    expect(slots.admit('a', 'b3').ok).toBe(true);
    expect(slots.admit('a', 'b4')).toEqual({ ok: false, reason: 'client-busy' });
  });

  it('admits up to the per-board limit across clients', () => {
    const slots = new ExportSlots({ exportsPerClient: 5, exportsPerBoard: 2 });
    expect([slots.admit('a', 'b').ok, slots.admit('c', 'b').ok]).toEqual([true, true]);
    expect(slots.admit('d', 'b')).toEqual({ ok: false, reason: 'board-busy' });
    expect(slots.admit('d', 'other').ok).toBe(true);
  });
});
