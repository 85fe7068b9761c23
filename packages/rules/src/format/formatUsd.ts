/**
 * Dollars for people: whole dollars from $100, cents from $1, two significant figures below (a
 * cost per million requests is often a fraction of a cent).
 *
 * @example formatUsd(1234.5) // '$1,235'
 * @example formatUsd(16.425) // '$16.43'
 * @example formatUsd(0.00431) // '$0.0043'
 */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0';
  const format = usd >= 100 ? WHOLE : usd >= 1 ? CENTS : SMALL;
  return `$${format.format(usd)}`;
}

// Made once: `toLocaleString` with options builds a new formatter on every call (one per fix said).
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
