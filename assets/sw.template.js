// Sopir's service worker (generated into dist/sw.js by scripts/post-build.mjs).
// Caches the app shell so the app opens and works offline after one visit. A new build is a
// new worker; it waits until the user chooses "muat ulang" (the page asks it to take over),
// so an update never interrupts an action.
const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = `sopir-${VERSION}-${self.registration.scope}`;

self.addEventListener("install", (event) => {
  routeToCache(event);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

// Where the browser has static routing (Chromium), the app's own files come from this
// version's cache without starting this script. Measured against the fetch handler alone
// (scripts/bench.mjs --only start, alternating builds, 5-8 runs each, a noisy machine): a
// reload with 0 cases 95/94 ms against 111/114 ms; next-day starts (browser restarted)
// mostly lower (0 cases 236/247/242/220 ms against 302/279/213/249 ms). Only the exact
// files are routed: any other request, and every one with a query string, goes to the
// fetch handler below, which serves the shell for any navigation. Elsewhere the fetch
// handler does all of it.
function routeToCache(event) {
  if (typeof event.addRoutes !== "function" || typeof URLPattern !== "function") return;
  const scope = new URL(self.registration.scope);
  const exactly = (text) => text.replace(/[\\:*?+(){}]/g, "\\$&");
  const routes = FILES.map((file) => {
    const url = new URL(file, scope);
    const urlPattern = new URLPattern({
      protocol: scope.protocol.replace(":", ""),
      hostname: exactly(scope.hostname),
      port: scope.port,
      pathname: exactly(url.pathname),
      search: "",
    });
    return { condition: { urlPattern, requestMethod: "GET" }, source: { cacheName: CACHE } };
  });
  try {
    event.addRoutes(routes).catch(() => {});
  } catch {
    // An older form of the API: the fetch handler serves everything.
  }
}

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
