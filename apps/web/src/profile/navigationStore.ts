/**
 * How the mouse and trackpad move the canvas, a person's choice kept in this browser beside their
 * language and theme:
 * - `drag-selects` (the default, as in Excalidraw and tldraw): a drag on empty canvas selects with
 *   a box, Space+drag or the middle button pans, the wheel scrolls, Ctrl/⌘+wheel and pinch zoom;
 * - `drag-pans` (the canvas's first scheme): a drag on empty canvas pans, the wheel zooms.
 * Both add a note on a double-click on empty canvas. The props each gives xyflow: canvas/navigationProps.ts.
 */
export const NAVIGATION_SCHEMES = ['drag-selects', 'drag-pans'] as const;
export type NavigationScheme = (typeof NAVIGATION_SCHEMES)[number];
export const DEFAULT_NAVIGATION: NavigationScheme = 'drag-selects';

/** The localStorage key. */
export const NAVIGATION_KEY = 'scaleboard.navigation';

export function isNavigationScheme(value: unknown): value is NavigationScheme {
  return typeof value === 'string' && (NAVIGATION_SCHEMES as readonly string[]).includes(value);
}

/** The scheme this browser chose, or the default (nothing chosen, something else stored, storage blocked). */
export function loadNavigation(storage: Pick<Storage, 'getItem'> = localStorage): NavigationScheme {
  try {
    const stored = storage.getItem(NAVIGATION_KEY);
    return isNavigationScheme(stored) ? stored : DEFAULT_NAVIGATION;
  } catch {
    return DEFAULT_NAVIGATION;
  }
}

export function saveNavigation(scheme: NavigationScheme, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(NAVIGATION_KEY, scheme);
  } catch {
    // Storage can be full or blocked (private mode); the choice then lasts for this page only.
  }
}
