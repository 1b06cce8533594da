/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa from this file, see build/vite/offline.ts): after
 * one visit the tracker works with no network.
 * - The app's files are precached with a revision each (`self.__WB_MANIFEST`), served from the
 *   cache, and only changed files are downloaded by a new deploy; outdated caches are removed.
 * - The dataset (`api/v1/*.json`) is fetched network first, falling back to the copy kept at
 *   install and refreshed on every successful fetch; a network that does not answer within a few
 *   seconds counts as down.
 * - Navigations get their pre-rendered page when there is one, the app shell otherwise; a feed or
 *   the dataset download asked for offline gets a page that says it is not available offline.
 * - A new version waits until the reader chooses to reload (the page asks with SKIP_WAITING).
 */
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { RESOURCES, RESOURCE_NAMES } from './data/resources';
import { TRACKING_PARAM } from './lib/tracking';

declare const self: ServiceWorkerGlobalScope;

const BASE = import.meta.env.BASE_URL;
const DATA = `${BASE}api/v1/`;
const DATA_CACHE = 'iron-river-data-v1';
/** How long the dataset's server may take before the kept copy is used instead. */
const NETWORK_TIMEOUT_S = 3;

precacheAndRoute(self.__WB_MANIFEST, {
  // A shared link's tracking parameters must not miss the cached page.
  ignoreURLParametersMatching: [TRACKING_PARAM],
});
cleanupOutdatedCaches();

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.startsWith(DATA),
  new NetworkFirst({ cacheName: DATA_CACHE, networkTimeoutSeconds: NETWORK_TIMEOUT_S }),
);

// The dataset is kept at install, so every page works offline after one visit, not only those seen.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(DATA_CACHE)
      .then((cache) => cache.addAll(RESOURCE_NAMES.map((name) => `${DATA}${RESOURCES[name].file}`))),
  );
});

registerRoute(
  ({ url, request }) =>
    request.mode === 'navigate' &&
    (url.pathname.startsWith(`${BASE}feeds/`) || url.pathname.startsWith(`${BASE}downloads/`)),
  new NetworkOnly({
    plugins: [
      {
        handlerDidError: async () => (await matchPrecache(`${BASE}offline.html`)) ?? Response.error(),
      },
    ],
  }),
);

/**
 * Any other page (an event, storyline or metric panel, drawn at build time but not kept: there are
 * hundreds): from the network, where the page of that address is; with no network, the app's shell,
 * which draws the page in the browser from the kept dataset.
 */
const PAGES_CACHE = 'iron-river-pages-v1';
const shell = createHandlerBoundToURL(`${BASE}index.html`);
registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        return await new NetworkFirst({
          cacheName: PAGES_CACHE,
          networkTimeoutSeconds: NETWORK_TIMEOUT_S,
        }).handle(options);
      } catch {
        return shell(options);
      }
    },
    { denylist: [new RegExp(`^${BASE}(api|feeds|downloads)/`)] },
  ),
);

// The hand-written worker this one replaced kept everything in caches named `iron-river-<hash>`.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => /^iron-river-[0-9a-f]{12}$/.test(n)).map((n) => caches.delete(n))),
      ),
  );
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
