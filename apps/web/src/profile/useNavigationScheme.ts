import { useSyncExternalStore } from 'react';
import { loadNavigation, NAVIGATION_KEY, saveNavigation, type NavigationScheme } from './navigationStore';

const listeners = new Set<() => void>();
let current: NavigationScheme | null = null;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Chosen in another tab of this browser: this one follows.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== NAVIGATION_KEY) return;
    current = null;
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

function snapshot(): NavigationScheme {
  current ??= loadNavigation();
  return current;
}

/** Chooses how the canvas moves, for this browser; the canvas and the shortcuts sheet follow at once. */
export function setNavigationScheme(scheme: NavigationScheme): void {
  saveNavigation(scheme);
  current = scheme;
  for (const listener of listeners) listener();
}

/**
 * The canvas navigation this person chose (navigationStore.ts).
 *
 * @example const scheme = useNavigationScheme(); <ReactFlow {...NAVIGATION_PROPS[scheme]} />
 */
export function useNavigationScheme(): NavigationScheme {
  return useSyncExternalStore(subscribe, snapshot);
}
