import { describe, expect, it } from 'vitest';
import { TokenBucket } from './TokenBucket';

describe('TokenBucket', () => {
  it('allows a burst of twice the rate, then the rate', () => {
    const bucket = new TokenBucket(10);
    const burst = Array.from({ length: 25 }, () => bucket.take(0));
    expect(burst.filter(Boolean)).toHaveLength(20);
    expect(bucket.take(50)).toBe(false); // half a token back after 50 ms
    expect(bucket.take(100)).toBe(true); // one whole token after 100 ms
    expect(bucket.take(100)).toBe(false);
    expect(Array.from({ length: 30 }, () => bucket.take(60_000)).filter(Boolean)).toHaveLength(20); // refills to the burst, no more
  });
});
