import { defineConfig } from '@playwright/test';
// Debian's Chromium (see README); Playwright's own browser download is not used.
import { chromiumLaunchOptions } from './tests/tools/chromium.ts';

// Its own port: a `vite preview` of dist/ left running on 4173 must never be tested by mistake.
const port = 4176;
// Lets tests route the service worker's own requests (tests/e2e/offline.spec.ts); Chromium only.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    // The production build registers a service worker (offline support); it would hide requests
    // from page.route(). Tests of offline use opt back in.
    serviceWorkers: 'block',
    baseURL: `http://localhost:${String(port)}`,
    launchOptions: chromiumLaunchOptions,
  },
  // The production build of the frozen test dataset (`npm run test:e2e` builds it into dist-e2e), so
  // no test changes when a record is added to the published dataset.
  webServer: {
    command: `npx vite preview --outDir dist-e2e --port ${String(port)} --strictPort`,
    port,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
