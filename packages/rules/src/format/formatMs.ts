/**
 * A latency for people: three significant figures at most, digits grouped, in milliseconds (the
 * unit every row of a latency budget shares).
 *
 * @example formatMs(4.5) // '4.5 ms'
 * @example formatMs(150_000.4) // '150,000 ms'
 * @example formatMs(0.516) // '0.516 ms'
 */
export function formatMs(ms: number): string {
  MS ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
  return `${MS.format(ms)} ms`;
}

// One formatter, made on first use (not at import: building one costs time on every page load
// that never shows a latency) and kept: `toLocaleString` with options builds a new one per call.
let MS: Intl.NumberFormat | undefined;
