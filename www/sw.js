// The guide's service worker: keeps every page, chapter, quiz and image of
// one build on the device, so a learner who opened the guide once can read
// and answer it offline.
//
// - Install: downloads precache.json (written by `primer build`: every file
//   with its size and SHA-256) and every file on it into a cache named after
//   the build version, checking each file's hash, so a half-deployed site
//   never becomes the offline copy. Files whose names carry a content hash
//   are copied from an earlier version's cache when they are there.
// - Fetch: a file of this build is answered from its cache (the page, the
//   manifest and the code always come from the same build); anything else
//   goes to the network; a page address that fails offline gets index.html
//   (history routing's deep links).
// - Update: a new build's worker waits. It never calls skipWaiting on its
//   own: the page offers a reload (offline.js) and, when the learner accepts,
//   posts "primer:activate"; activation removes older versions' caches.
'use strict';

// `primer build` replaces this with the build version (a digest of precache.json).
const VERSION = 'PRIMER_BUILD_VERSION';
const SCOPE = new URL('./', self.location.href).href;
const PREFIX = `primer:${SCOPE}:`;
const CACHE = PREFIX + VERSION;
const PAGE = new URL('index.html', SCOPE).href;
const DOWNLOADS_AT_ONCE = 6;

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // The page that installed the first version is served from now on,
      // without a reload (later versions start when the learner reloads).
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'primer:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (!url.href.startsWith(SCOPE)) return;
  const key = url.origin + url.pathname;
  event.respondWith(answer(request, key === SCOPE ? PAGE : key));
});

async function answer(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    const page = request.mode === 'navigate' ? await cache.match(PAGE) : undefined;
    if (page) return page;
    throw error;
  }
}

async function precache() {
  const response = await fetch(new Request(new URL('precache.json', SCOPE), { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`precache.json: the server answered ${response.status}`);
  const list = await response.json();
  if (list.version !== VERSION) {
    throw new Error(`precache.json is version ${list.version}, this worker is ${VERSION}: the site is being deployed`);
  }
  const cache = await caches.open(CACHE);
  try {
    const queue = [...list.files];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await store(cache, file);
    };
    await Promise.all(Array.from({ length: DOWNLOADS_AT_ONCE }, worker));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

async function store(cache, file) {
  const url = new URL(file.url, SCOPE).href;
  if (file.immutable) {
    const earlier = await caches.match(url);
    if (earlier) return cache.put(url, earlier);
  }
  const response = await fetch(new Request(url, { cache: file.immutable ? 'default' : 'no-cache' }));
  if (!response.ok) throw new Error(`${file.url}: the server answered ${response.status}`);
  const body = await response.arrayBuffer();
  const digest = hex(await crypto.subtle.digest('SHA-256', body));
  if (digest !== file.sha256) {
    throw new Error(`${file.url} is not the file this build listed (SHA-256 ${digest}, expected ${file.sha256})`);
  }
  // A fresh response: the body is read already, and a redirected response
  // could not answer a navigation.
  await cache.put(url, new Response(body, { status: 200, headers: response.headers }));
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}
