/**
 * Resolves once every script `index.html` preloads (the app chunk and the chunks it imports, see
 * `preloadApp` in vite.config.ts) has downloaded — each link's `load` (or `error`) event, or its
 * Resource Timing entry for one that finished before this ran — or after `limitMs`, whichever
 * comes first.
 *
 * Why wait: the sync socket's handshake makes the server load the board's room, which keeps a
 * single server busy for a few hundred milliseconds on a big board; the scripts it serves in that
 * time arrive late (measured: a 1,000-component board's app chunk at ~670 ms instead of ~160 ms).
 * Opened once they are here, the room loads while the browser parses and runs the app instead.
 */
export function appDownloaded(limitMs: number): Promise<void> {
  const links = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'));
  const pending = links.filter((link) => performance.getEntriesByName(link.href).length === 0);
  if (pending.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = pending.length;
    const timer = setTimeout(resolve, limitMs);
    const arrived = () => {
      left -= 1;
      if (left > 0) return;
      clearTimeout(timer);
      resolve();
    };
    for (const link of pending) {
      link.addEventListener('load', arrived, { once: true });
      link.addEventListener('error', arrived, { once: true });
    }
  });
}
