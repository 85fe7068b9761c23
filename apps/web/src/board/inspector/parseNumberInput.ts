/** Bounds a number field checks, as the catalogue states them. */
export interface NumberBounds {
  integer?: boolean;
  min?: number;
  max?: number;
}

export type ParsedNumber =
  | { ok: true; value: number | undefined }
  | { ok: false; error: 'notNumber' | 'notInteger' } | { ok: false; error: 'atLeast'; min: number } | { ok: false; error: 'atMost'; max: number };

/**
 * Reads what a person typed into a number field: empty means "unset" (the default applies),
 * thousands separators and spaces are ignored.
 *
 * @example parseNumberInput('300,000,000', { min: 0 }) // { ok: true, value: 300000000 }
 */
export function parseNumberInput(text: string, bounds: NumberBounds = {}): ParsedNumber {
  const cleaned = text.replace(/[\s,_]/g, '');
  if (cleaned === '') return { ok: true, value: undefined };
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return { ok: false, error: 'notNumber' };
  if (bounds.integer && !Number.isInteger(value)) return { ok: false, error: 'notInteger' };
  if (bounds.min !== undefined && value < bounds.min) return { ok: false, error: 'atLeast', min: bounds.min };
  if (bounds.max !== undefined && value > bounds.max) return { ok: false, error: 'atMost', max: bounds.max };
  return { ok: true, value };
}

/**
 * The text a number field shows for a stored value, `scale` times larger (100 for a percentage of a
 * 0–1 ratio), rounded to 12 significant digits so 0.07 × 100 shows as 7, not 7.000000000000001.
 *
 * @example formatNumberInput(0.07, 100) // '7'
 */
export function formatNumberInput(value: number, scale = 1): string {
  return String(Number((value * scale).toPrecision(12)));
}
