/**
 * Windows this narrow (a 1024 px tablet, a small laptop) open the board with the inspector folded,
 * so the canvas keeps at least two thirds of the width next to the open palette. Either panel
 * still opens with its button.
 */
export const NARROW_WINDOW_QUERY = '(max-width: 1180px)';

export function isNarrowWindow(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW_WINDOW_QUERY).matches;
}
