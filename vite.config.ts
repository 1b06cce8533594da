import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { msw } from 'msw/vite';

/**
 * BASE_PATH sets the public path when the app is served from a sub-folder
 * (for example `BASE_PATH=/iron-river/ npm run build`). The router and the
 * data URL follow it through `import.meta.env.BASE_URL`.
 */
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), msw()],
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
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack[\\/](react-query|query-core)|zod)[\\/]/,
            },
            {
              name: 'shared',
              test: /src[\\/](components[\\/]ui|lib(?![\\/]i18n[\\/]messages[\\/]es)|features[\\/][^\\/]+[\\/]api)[\\/]/,
            },
          ],
        },
      },
    },
    manifest: true,
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
