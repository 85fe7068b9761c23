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
  const format = usd >= 100 ? formatter('whole') : usd >= 1 ? formatter('cents') : formatter('small');
  return `$${format.format(usd)}`;
}

const OPTIONS = {
  whole: { maximumFractionDigits: 0 },
  cents: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  small: { maximumSignificantDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;

// Each made on first use (not at import: a page load that never shows a cost skips building them)
// and kept: `toLocaleString` with options builds a new formatter on every call (one per fix said).
const FORMATTERS = new Map<keyof typeof OPTIONS, Intl.NumberFormat>();
function formatter(kind: keyof typeof OPTIONS): Intl.NumberFormat {
  let format = FORMATTERS.get(kind);
  if (!format) FORMATTERS.set(kind, (format = new Intl.NumberFormat('en-US', OPTIONS[kind])));
  return format;
}
