/**
 * Messages per second for one connection: `ratePerSecond` on average, bursts up to twice that
 * (a drag sends a flurry). Time comes from the caller so tests can drive it.
 *
 * @example const bucket = new TokenBucket(100); bucket.take(performance.now()) // true
 */
export class TokenBucket {
  private tokens: number;
  private last: number | undefined;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst = ratePerSecond * 2,
  ) {
    this.tokens = burst;
  }

  /** Spends one token; false when the connection is over its rate. */
  take(nowMs: number): boolean {
    if (this.last !== undefined) this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.last) / 1000) * this.ratePerSecond);
    this.last = nowMs;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
