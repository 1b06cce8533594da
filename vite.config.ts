import { createServer, defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { toAtom, toICal, type FeedLang } from './src/features/events/lib/feeds';
import type { PolicyEvent } from './src/features/events/api/contract';
import type * as PrerenderModule from './src/app/prerender';

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
    // After the prerender (listed before it), so the first paint's stylesheet is kept too.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const publicFiles = [
        'favicon.svg',
        'first-paint.js',
        'robots.txt',
        ...['meta', 'events', 'storylines', 'metrics', 'sources', 'actors', 'glossary', 'decks'].map(
          (r) => `api/v1/${r}.json`,
        ),
      ];
      const files = [
        // Not the feeds (downloads for feed readers and calendars) nor the pre-rendered pages
        // (offline, every page opens from index.html, the app shell).
        ...Object.keys(bundle).filter(
          (f) =>
            !f.endsWith('.map') &&
            !f.startsWith('feeds/') &&
            !(f.endsWith('.html') && f !== 'index.html') &&
            !['.vite/manifest.json', '_headers'].includes(f),
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

/**
 * Pages drawn at build time: `/` is index.html, `/metrics` is metrics.html. `data: false` draws
 * the page with its sections loading (the sources list would make a 180 kB page); `phoneOnly`
 * pages are drawn in their phone layout and shown first on narrow screens only (the timeline's
 * layout depends on the screen's width; wider screens see the loading screen first).
 */
const PRERENDERED: { path: string; data: boolean; phoneOnly?: boolean }[] = [
  { path: '/', data: true },
  { path: '/timeline', data: true, phoneOnly: true },
  { path: '/storylines', data: true },
  { path: '/metrics', data: true },
  { path: '/sources', data: false },
  { path: '/glossary', data: true },
  { path: '/about', data: true },
];

/**
 * The first paint, before any JavaScript: writes each page in PRERENDERED as its own HTML file,
 * drawn in English and in Spanish (src/app/prerender.tsx) with the dataset published in this
 * build, plus the loading screen. `public/first-paint.js`, a small classic script in <head>, picks
 * the one to show (the reader's language, or the loading screen when the address is not this
 * page) before anything is drawn; the app draws over it once its code and first data are in
 * (src/app/first-paint.ts).
 */
function prerender(base: string, dataUrl: string | undefined): Plugin {
  const variants = (en: string, es: string) =>
    // inert: nothing in it can be clicked, typed into or focused before the app takes over (input
    // would be lost when the app replaces it); links and buttons work a moment later.
    [`<div data-first="en" inert>${en}</div>`, `<div data-first="es" lang="es" inert>${es}</div>`].join('');
  // React's markers for server-rendered Suspense boundaries mean nothing to a static page; the
  // page's <title> goes into <head>.
  const markers = (html: string) =>
    html
      .replace(/<template[^>]*>[\s\S]*?<\/template>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<title>[\s\S]*?<\/title>/, '');
  /**
   * The Content-Security-Policy forbids style attributes in markup (the app sets styles from
   * script, which it allows). Each distinct one becomes a class in a stylesheet of the app's own.
   */
  const styles = new Map<string, string>();
  const styleAttributes = (html: string) =>
    html.replace(/<[a-zA-Z][^>]*\sstyle="[^"]*"[^>]*>/g, (tag) => {
      const style = /\sstyle="([^"]*)"/.exec(tag)?.[1] ?? '';
      let name = styles.get(style);
      if (!name) {
        name = `fp${String(styles.size)}`;
        styles.set(style, name);
      }
      const rest = tag.replace(/\sstyle="[^"]*"/, '');
      return /\sclass="/.test(rest)
        ? rest.replace(/\sclass="([^"]*)"/, ` class="$1 ${name}"`)
        : rest.replace(/^(<[a-zA-Z][^\s/>]*)/, `$1 class="${name}"`);
    });
  const stylesheet = () =>
    [...styles]
      .map(([style, name]) => {
        const css = style
          .replace(/&quot;/g, '"')
          .replace(/&#x27;/g, "'")
          .replace(/&amp;/g, '&');
        const rules = css
          .split(';')
          .filter((d) => d.trim())
          .map((d) => `${d.trim()} !important`);
        return `.${name}{${rules.join(';')}}`;
      })
      .join('\n');
  const tidy = (html: string) => styleAttributes(markers(html));
  return {
    name: 'iron-river-prerender',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `${base}first-paint.js` }, injectTo: 'head' }],
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') return;
      const template = index.source;
      const server = await createServer({
        configFile: false,
        root: process.cwd(),
        base,
        mode: 'production',
        logLevel: 'warn',
        resolve: { tsconfigPaths: true },
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { prerender: render, prerenderBoot } = (await server.ssrLoadModule(
          '/src/app/prerender.tsx',
        )) as typeof PrerenderModule;
        // The dataset published with this build; none when the app reads its data from elsewhere
        // (VITE_DATA_URL), so a first paint never shows figures the app will not.
        const published = (resource: string) =>
          dataUrl ? undefined : readFileSync(`public/api/v1/${resource.replace(/[^\w.-]/g, '')}`, 'utf8');
        const none = () => undefined;
        const boot = `<div data-first="boot" inert>${prerenderBoot()}</div>`;
        const basename = base.replace(/\/$/, '') || '/';
        const pages: { fileName: string; html: string }[] = [];
        for (const { path: page, data, phoneOnly } of PRERENDERED) {
          const read = data ? published : none;
          const [en, es] = await Promise.all([
            render(page, 'en', basename, read),
            render(page, 'es', basename, read),
          ]);
          if (en === null || es === null) throw new Error(`prerender: ${page} could not be drawn`);
          const title = /<title>([\s\S]*?)<\/title>/.exec(en)?.[1] ?? 'Iron River Tracker';
          const html = template
            .replace(
              '<html lang="en">',
              `<html lang="en" data-page="${base}${page.slice(1)}"${phoneOnly ? ' data-phone-only' : ''}>`,
            )
            .replace(/<title>[\s\S]*?<\/title>/, `<title>${title}</title>`)
            .replace('<div id="root"></div>', `<div id="root">${variants(tidy(en), tidy(es))}${boot}</div>`);
          pages.push({ fileName: page === '/' ? 'index.html' : `${page.slice(1)}.html`, html });
        }
        const css = this.getFileName(
          this.emitFile({ type: 'asset', name: 'first-paint.css', source: stylesheet() }),
        );
        for (const { fileName, html } of pages) {
          const linked = html.replace('</head>', `  <link rel="stylesheet" href="${base}${css}">\n  </head>`);
          if (fileName === 'index.html') index.source = linked;
          else this.emitFile({ type: 'asset', fileName, source: linked });
        }
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const dataUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_DATA_URL;
  return {
    base: process.env.BASE_PATH ?? '/',
    plugins: [
      react(),
      msw(),
      csp(dataUrl),
      feeds(),
      prerender(process.env.BASE_PATH ?? '/', dataUrl),
      serviceWorker(process.env.BASE_PATH ?? '/'),
    ],
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
