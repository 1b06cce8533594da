import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readSite, siteDefine } from './build/site';

export default defineConfig({
  plugins: [react()],
  // The same site address as a build without SITE_URL (absolute links, canonical tags).
  define: siteDefine(readSite({})),
  resolve: {
    tsconfigPaths: true,
    // The service worker's registration module exists in production builds only (build/vite/offline.ts).
    alias: { 'virtual:pwa-register': new URL('tests/setup/pwa-register.ts', import.meta.url).pathname },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // The published dataset (content/): integrity only, never counts that change with a new record.
        test: { name: 'dataset', environment: 'node', include: ['tests/dataset/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          env: { VITE_DATA_URL: 'http://localhost:3000/api/v1', VITE_DATA_TIMEOUT_MS: '1500' },
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/integration.ts'],
          // findBy* waits up to 5 s (tests/setup/integration.ts); a test may hold several.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
