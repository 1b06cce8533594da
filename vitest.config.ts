import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'jsdom',
          env: { VITE_DATA_URL: 'http://localhost:3000/api/v1', VITE_DATA_TIMEOUT_MS: '1500' },
          include: ['tests/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/integration.ts'],
        },
      },
    ],
  },
});
