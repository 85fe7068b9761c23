import { describe, expect, it } from 'vitest';
import { ConnectionLimiter } from './ConnectionLimiter';

describe('ConnectionLimiter', () => {
  it('counts per board and per address, and releases once', () => {
    const limiter = new ConnectionLimiter({ maxConnectionsPerBoard: 2, maxConnectionsPerIp: 3 });
    const a = limiter.acquire('b1', 'ip1');
    const b = limiter.acquire('b1', 'ip2');
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(limiter.acquire('b1', 'ip3')).toEqual({ ok: false, reason: 'board-full' });
    expect(limiter.acquire('b2', 'ip1').ok).toBe(true);
    expect(limiter.acquire('b3', 'ip1').ok).toBe(true);
    expect(limiter.acquire('b4', 'ip1')).toEqual({ ok: false, reason: 'ip-full' });
    if (a.ok) {
      a.release();
      a.release();
    }
    expect(limiter.acquire('b1', 'ip3').ok).toBe(true);
    expect(limiter.acquire('b1', 'ip3')).toEqual({ ok: false, reason: 'board-full' });
  });
});
