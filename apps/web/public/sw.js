/*
 * Scaleboard's service worker: keeps the app shell (index.html and the built, content-hashed
 * assets) so a board reloads while offline; the board itself is kept by y-indexeddb. Hand-written
 * instead of vite-plugin-pwa/workbox because it does two small things (network-first page,
 * cache-first immutable assets) and workbox-build would add a large build-time dependency tree.
 * See docs/offline.md.
 */
const CACHE = 'scaleboard-shell-v1';
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(SHELL, { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

const isAsset = (url) => url.origin === self.location.origin && (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg');

/**
 * The page lists the assets it runs on (it loaded them before this worker controlled it). They are
 * cached, and cached assets no longer listed (an older build's) are deleted: the cache holds one build.
 */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-assets' || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .slice(0, 500)
    .filter((u) => typeof u === 'string')
    .map((u) => new URL(u, self.location.origin))
    .filter(isAsset)
    .map((u) => u.href);
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const keep = new Set(urls);
      const cached = await cache.keys();
      await Promise.all(cached.filter((r) => isAsset(new URL(r.url)) && !keep.has(r.url)).map((r) => cache.delete(r)));
      await Promise.all(urls.map((u) => cache.match(u).then((hit) => hit || cache.add(u))));
    }),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first: a new build reaches people as soon as they are online. Every page of the app
    // is the same index.html (the board key lives in the #fragment), so one entry serves them all.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(SHELL, copy)));
          }
          return response;
        })
        .catch(() => caches.match(SHELL).then((hit) => hit || Response.error())),
    );
    return;
  }
  if (!isAsset(url)) return;
  // Built assets are content-hashed, never changed in place: the cached copy is always right.
  event.respondWith(
    caches.match(request).then(
      (hit) =>
        hit ||
        fetch(request).then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
          }
          return response;
        }),
    ),
  );
});
