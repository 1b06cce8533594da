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
    target: 'es2022',
    manifest: true,
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: true },
});
