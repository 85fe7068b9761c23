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
  const digits: Intl.NumberFormatOptions =
    usd >= 100 ? { maximumFractionDigits: 0 } : usd >= 1 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumSignificantDigits: 2 };
  return `$${usd.toLocaleString('en-US', digits)}`;
}
