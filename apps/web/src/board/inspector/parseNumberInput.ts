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
