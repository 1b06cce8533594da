import { VitePWA } from 'vite-plugin-pwa';
import type { Site } from '../site';
import { EMBED_SEGMENT } from '../../src/config/embeds';
import { ROUTES } from '../../src/config/routes';
import { DEFAULT_LANG, LANGS } from '../../src/lib/i18n/langs';

/** The folders of the pages drawn once per record (`events/**`, `es/events/**`, …). */
function recordPages(): string[] {
  const folders = ROUTES.flatMap((r) =>
    'prerender' in r && 'each' in r.prerender ? [r.path.slice(0, r.path.indexOf('/:'))] : [],
  );
  const prefixes = LANGS.map((lang) => (lang === DEFAULT_LANG ? '' : `${lang}/`));
  return prefixes.flatMap((prefix) => folders.map((folder) => `${prefix}${folder}/**`));
}

/**
 * Offline support with Workbox (vite-plugin-pwa): the build writes `sw.js` from `src/sw.ts` with a
 * precache manifest that gives every file of the build a revision, so a deploy downloads only what
 * changed. The dataset is not precached with the app: the worker keeps it in a cache of its own,
 * network first (see src/sw.ts). Registration is the app's (src/app/offline.ts), after the page has
 * loaded; development never registers it (MSW owns the service worker there).
 */
export function offline(site: Site) {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src',
    filename: 'sw.ts',
    injectRegister: false,
    registerType: 'prompt',
    // favicon.svg and the manifest are precached by the glob below already.
    includeManifestIcons: false,
    manifest: {
      name: 'Iron River Tracker',
      short_name: 'Iron River',
      description:
        'U.S. and Mexican policy on firearms trafficking from the United States to Mexico, with a source for every date and figure.',
      start_url: site.base,
      scope: site.base,
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1f3a5f',
      icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
    },
    injectManifest: {
      // A classic script: every browser with service workers runs it.
      rollupFormat: 'iife',
      globPatterns: ['**/*.{js,css,html,svg,txt,webmanifest}'],
      // Feeds are downloads for feed readers and calendars; the dataset has its own cache. The pages of
      // each record (hundreds) are fetched when visited and kept then; offline, the shell draws them.
      globIgnores: [
        'feeds/**',
        'api/**',
        'downloads/**',
        'og/**',
        '**/*.map',
        'mockServiceWorker.js',
        '404.html',
        ...recordPages(),
        // Embeds are framed by other sites, never opened in the app (build/vite/embeds.ts).
        ...LANGS.map((lang) => `${lang === DEFAULT_LANG ? '' : `${lang}/`}${EMBED_SEGMENT}/**`),
        'oembed/**',
      ],
    },
  });
}
