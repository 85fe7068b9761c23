/**
 * Registers public/sw.js (production builds only: in development Vite serves unbundled modules
 * that change on every save) and hands it the assets this page loaded before the worker controlled
 * it, so the very first visit is enough to reload a board offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
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
