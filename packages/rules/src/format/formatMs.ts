/**
 * A latency for people: three significant figures at most, digits grouped, in milliseconds (the
 * unit every row of a latency budget shares).
 *
 * @example formatMs(4.5) // '4.5 ms'
 * @example formatMs(150_000.4) // '150,000 ms'
 * @example formatMs(0.516) // '0.516 ms'
 */
export function formatMs(ms: number): string {
  return `${ms.toLocaleString('en-US', { maximumSignificantDigits: 3 })} ms`;
}
