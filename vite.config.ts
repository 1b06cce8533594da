import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { toAtom, toICal, type FeedLang } from './src/features/events/lib/feeds';
import type { PolicyEvent } from './src/features/events/api/contract';

/**
 * BASE_PATH sets the public path when the app is served from a sub-folder
 * (for example `BASE_PATH=/iron-river/ npm run build`). The router and the
 * data URL follow it through `import.meta.env.BASE_URL`.
 */
/**
 * The production build's Content-Security-Policy: nothing but the app's own
 * scripts and styles, and data from the app's origin or VITE_DATA_URL's.
 * Written as a <meta> tag into index.html and, with the directives a meta
 * tag cannot carry, as `_headers` for static hosts (Netlify, Cloudflare
 * Pages); `vite preview` sends the same headers, so the e2e suite runs under it.
 */
function securityHeaders(dataUrl: string | undefined) {
  const dataOrigin = dataUrl && /^https?:\/\//.test(dataUrl) ? new URL(dataUrl).origin : '';
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    // data: for the favicon fallback, blob: for turning an exported SVG into a PNG.
    "img-src 'self' data: blob:",
    `connect-src 'self'${dataOrigin ? ` ${dataOrigin}` : ''}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  return {
    meta: policy,
    headers: {
      'Content-Security-Policy': `${policy}; frame-ancestors 'none'`,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  };
}

function csp(dataUrl: string | undefined): Plugin {
  const { meta, headers } = securityHeaders(dataUrl);
  return {
    name: 'iron-river-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: meta },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      const lines = Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

/**
 * Writes Atom and iCalendar feeds of the published dataset (public/api/v1) into `feeds/`: all events
 * and one per storyline, in English and Spanish (`events.en.atom`, `storylines/bsca.es.ics`, …).
 */
function feeds(): Plugin {
  const read = (name: string): unknown =>
    (JSON.parse(readFileSync(`public/api/v1/${name}.json`, 'utf8')) as { data: unknown }).data;
  return {
    name: 'iron-river-feeds',
    apply: 'build',
    generateBundle() {
      const events = read('events') as PolicyEvent[];
      const sources = new Map(
        (read('sources') as { id: string; publisher: string; title: string; url: string }[]).map((s) => [
          s.id,
          s,
        ]),
      );
      const storylines = read('storylines') as { id: string; title: Record<FeedLang, string> }[];
      const updated = (read('meta') as { lastUpdated: string }).lastUpdated;
      const all = { en: 'Iron River Tracker: all events', es: 'Iron River Tracker: todos los eventos' };
      const sets = [
        { file: 'feeds/events', toRoot: '../', title: (l: FeedLang) => all[l], events, tag: 'all' },
        ...storylines.map((s) => ({
          file: `feeds/storylines/${s.id}`,
          toRoot: '../../',
          title: (l: FeedLang) => `Iron River Tracker: ${s.title[l]}`,
          events: events.filter((e) => e.storyline === s.id),
          tag: `storyline:${s.id}`,
        })),
      ];
      for (const set of sets)
        for (const lang of ['en', 'es'] as const) {
          const input = {
            events: set.events,
            sources,
            title: set.title(lang),
            toRoot: set.toRoot,
            id: `tag:iron-river-tracker,2026:${set.tag}:${lang}`,
            updated,
            lang,
          };
          this.emitFile({ type: 'asset', fileName: `${set.file}.${lang}.atom`, source: toAtom(input) });
          this.emitFile({ type: 'asset', fileName: `${set.file}.${lang}.ics`, source: toICal(input) });
        }
    },
  };
}

/**
 * Writes `sw.js`: a service worker that precaches every file of the build (app, styles, dataset,
 * feeds) under a cache named by a hash of their names, serves them cache-first, fetches the
 * dataset network-first (so a new release is seen online, the last one offline) and answers
 * navigations with the app shell when offline. It waits for the page's go-ahead to replace an
 * older version, so the reader decides when to reload.
 */
function serviceWorker(base: string): Plugin {
  return {
    name: 'iron-river-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const publicFiles = [
        'favicon.svg',
        'robots.txt',
        ...['meta', 'events', 'storylines', 'metrics', 'sources', 'actors', 'glossary', 'decks'].map(
          (r) => `api/v1/${r}.json`,
        ),
      ];
      const files = [
        ...Object.keys(bundle).filter(
          (f) => !f.endsWith('.map') && !['.vite/manifest.json', '_headers'].includes(f),
        ),
        ...publicFiles,
      ];
      const version = createHash('sha256')
        .update(files.sort().join('\n'))
        .update(String(Date.now()))
        .digest('hex')
        .slice(0, 12);
      const source = `// Generated by the build (vite.config.ts). Offline support for Iron River Tracker.
const BASE = ${JSON.stringify(base)};
const CACHE = 'iron-river-${version}';
const FILES = ${JSON.stringify(files.map((f) => base + f))};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([BASE, ...FILES])));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('iron-river-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(BASE, { cacheName: CACHE, ignoreVary: true })));
    return;
  }
  if (url.pathname.startsWith(BASE + 'api/')) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig(({ mode }) => {
  const dataUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_URL;
  return {
    base: process.env.BASE_PATH ?? '/',
    plugins: [react(), msw(), csp(dataUrl), feeds(), serviceWorker(process.env.BASE_PATH ?? '/')],
    resolve: { tsconfigPaths: true },
    build: {
      // The app targets current browsers; no module-preload polyfill needed.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          // Fewer, larger chunks compress better than many tiny ones: libraries in one,
          // code shared by several routes in another. Route modules stay lazy.
          advancedChunks: {
            groups: [
              {
                name: 'vendor',
                test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack[\\/](react-query|query-core))[\\/]/,
              },
              {
                // Small modules the first page and most routes need: one chunk instead of four.
                name: 'common',
                test: /src[\\/](app[\\/]loader-utils|features[\\/]events[\\/](lib[\\/]events|components[\\/]event-date)|features[\\/]metrics[\\/]lib[\\/]format-observation)\./,
              },
              {
                // Not zod or the contracts: they load in the data worker (src/app/data/).
                name: 'shared',
                test: /src[\\/](components[\\/]ui(?![\\/]not-found)|lib(?![\\/](i18n[\\/]messages[\\/]es|download|zod|schema|validate))|features[\\/](?!decks[\\/])[^\\/]+[\\/]api[\\/](?!contract))/,
              },
            ],
          },
        },
      },
      manifest: true,
      sourcemap: false,
    },
    preview: { port: 4173, strictPort: true, headers: securityHeaders(dataUrl).headers },
  };
});
