/**
 * A latency for people: three significant figures at most, digits grouped, in milliseconds (the
 * unit every row of a latency budget shares).
 *
 * @example formatMs(4.5) // '4.5 ms'
 * @example formatMs(150_000.4) // '150,000 ms'
 * @example formatMs(0.516) // '0.516 ms'
 */
export function formatMs(ms: number): string {
  return `${MS.format(ms)} ms`;
}

// One formatter, made once: `toLocaleString` with options builds a new one on every call.
const MS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
