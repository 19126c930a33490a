// Sopir's service worker (generated into dist/sw.js by scripts/post-build.mjs).
// Caches the app shell so the app opens and works offline after one visit. A new build is a
// new worker; it waits until the user chooses "muat ulang" (the page asks it to take over),
// so an update never interrupts an action.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `sopir-${VERSION}-${self.registration.scope}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("sopir-") && k.endsWith(self.registration.scope) && k !== CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "sopir:aktifkan") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Navigations (any deep link inside the app) get the cached shell.
      const key = request.mode === "navigate" ? "./" : request;
      const hit = await cache.match(key, { ignoreSearch: true });
      if (hit) return hit;
      return fetch(request);
    }),
  );
});
