/**
 * Rounds the way the domain note does: two significant figures (3,472 → 3,500), and when the
 * leading figure is 5 or more the second snaps to 0 or 5 (6,944 → 7,000; 54.75 → 55), because a
 * back-of-the-envelope figure that large is only worth half-steps.
 *
 * @example roundLikeNote(3472.2) // 3500
 * @example roundLikeNote(6944.4) // 7000
 */
export function roundLikeNote(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const sign = Math.sign(value);
  const abs = Math.abs(value);
  const magnitude = 10 ** Math.floor(Math.log10(abs));
  const leading = abs / magnitude;
  const step = leading >= 5 ? 0.5 : 0.1;
  const rounded = Math.round(leading / step) * step * magnitude;
  // Strip binary noise (3.5000000000000004) so display and equality checks stay clean.
  return sign * Number(rounded.toPrecision(3));
}

/**
 * Rounds, picks the largest unit the rounded value reaches, and marks approximations with "~".
 *
 * @example scaleWithUnits(6944.4, [[1e3, 'K']], '') // '~7K'
 */
export function scaleWithUnits(value: number, units: readonly (readonly [number, string])[], separator: string): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = roundLikeNote(value);
  const approx = Math.abs(rounded - value) > Math.abs(value) * 1e-9 ? '~' : '';
  let unit: readonly [number, string] = [1, units[0]?.[0] === 1 ? (units[0]?.[1] ?? '') : ''];
  for (const candidate of units) if (Math.abs(rounded) >= candidate[0]) unit = candidate;
  const scaled = Number((rounded / unit[0]).toPrecision(3));
  const suffix = unit[1] ? `${separator}${unit[1]}` : '';
  return `${approx}${scaled}${suffix}`;
}
