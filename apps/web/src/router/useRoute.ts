import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

let cachedPath = '';
let cachedRoute: Route = { page: 'landing' };
function snapshot(): Route {
  if (window.location.pathname !== cachedPath) {
    cachedPath = window.location.pathname;
    cachedRoute = parseRoute(cachedPath);
  }
  return cachedRoute;
}

/** The current route, following pushState navigations and the back button. */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
