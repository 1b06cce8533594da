import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';
import { checkCorrectionsUrl, readSite, siteDefine } from './build/site';
import { csp } from './build/vite/csp';
import { dataset, datasetDir } from './build/vite/dataset';
import { download } from './build/vite/download';
import { feeds } from './build/vite/feeds';
import { prerender } from './build/vite/prerender';
import { embeds } from './build/vite/embeds';
import { previews } from './build/vite/previews';
import { offline } from './build/vite/offline';
import { codeSplitting, compileHints } from './build/vite/chunks';

// The build's own code is in build/ (see ARCHITECTURE.md); this file only puts it together.
export default defineConfig(({ mode }) => {
  const viteEnv = loadEnv(mode, process.cwd(), 'VITE_');
  const dataUrl = viteEnv.VITE_DATA_URL;
  checkCorrectionsUrl(viteEnv.VITE_CORRECTIONS_URL);
  const site = readSite();
  const data = datasetDir();
  return {
    base: site.base,
    define: siteDefine(site),
    plugins: [
      react(),
      msw(),
      dataset(data),
      download(data),
      csp(dataUrl, site.base),
      feeds(data, site),
      prerender(data, site, dataUrl),
      embeds(data, dataUrl),
      previews(data, site, dataUrl),
      offline(site),
      compileHints(),
    ],
    resolve: { tsconfigPaths: true },
    build: {
      modulePreload: {
        // The app targets current browsers; no module-preload polyfill needed.
        polyfill: false,
        // No preloads in the HTML: the pre-rendered page is readable before any script runs, and
        // preloading the app's code alongside its stylesheet delayed the first paint by about 0.4 s
        // on a slow connection (Lighthouse, docs/perf.md). Dynamic imports keep their preloads.
        resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? [] : deps),
      },
      rolldownOptions: { output: { codeSplitting } },
      manifest: true,
      sourcemap: false,
    },
    // The built `_headers` is sent by path (build/vite/csp.ts), as a static host sends it.
    preview: { port: 4173, strictPort: true },
  };
});
