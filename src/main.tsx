import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { createQueryClient } from './app/query-client';
import { env } from './config/env';
import { setValidator } from './lib/http';
import { workerValidator } from './app/data/validator';
import './styles.css';

async function enableMocking(): Promise<void> {
  // Dev only, and only when asked for: the production build contains no mocking code.
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS !== 'true') return;
  const { startMocking } = await import('../mocks/browser');
  await startMocking();
}

// Offline support loads once the page is up, outside the first page's JavaScript.
if (import.meta.env.PROD)
  window.addEventListener('load', () => {
    void import('./app/offline').then(({ registerOffline, offerReload }) => {
      registerOffline(env.basePath, offerReload);
    });
  });

// Started first, so the data worker loads while the route's code and data download.
setValidator(workerValidator());

void enableMocking().then(() => {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, env.basePath.replace(/\/$/, '') || '/');
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  createRoot(container, {
    // Errors caught by a section's boundary are already shown to the reader with a retry.
    onCaughtError: (error) => {
      console.warn('[iron-river] recovered from', error);
    },
  }).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
