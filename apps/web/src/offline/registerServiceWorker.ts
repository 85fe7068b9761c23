import { preloadLazyParts } from '../lazyParts';

/** How long after start the lazy parts are fetched: past a board's opening, which they would slow. */
const PRELOAD_AFTER_MS = 4000;

/** Resolves once the page has been up `PRELOAD_AFTER_MS` and the main thread is idle. */
function afterOpening(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : resolve()), PRELOAD_AFTER_MS);
  });
}

/**
 * Registers public/sw.js (production builds only: in development Vite serves unbundled modules
 * that change on every save) and hands it the assets this page loaded before the worker controlled
 * it, so the very first visit is enough to reload a board offline. The lazy parts (lazyParts.ts)
 * are loaded first, after the opening, so that list holds the whole app.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then(async (registration) => {
      await afterOpening();
      await preloadLazyParts();
      const urls = new Set<string>();
      for (const entry of performance.getEntriesByType('resource')) urls.add(entry.name);
      for (const element of document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')) {
        urls.add('src' in element ? element.src : element.href);
      }
      registration.active?.postMessage({ type: 'keep-assets', urls: [...urls] });
    })
    .catch(() => {
      // No service worker (private window, blocked): the app works online as before.
    });
}
