import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { createQueryClient } from './app/query-client';
import { firstPageReady } from './app/first-paint';
import { env } from './config/env';
import { registerOffline } from './app/offline';
import { installValidator } from './data/fetch';
import { workerValidator } from './data/validator';
import { pageLang } from './lib/i18n/lang';
import { prepareFormatters } from './lib/format';
import './styles.css';

async function enableMocking(): Promise<void> {
  // Dev only, and only when asked for: the production build contains no mocking code.
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS !== 'true') return;
  const { startMocking } = await import('../mocks/browser');
  await startMocking();
}

/**
 * Offline support loads once the page has loaded and the browser is idle, outside the first page's
 * JavaScript: installing it downloads and stores the whole app, which must not compete with drawing
 * the page the reader is waiting for.
 */
function registerOfflineWhenIdle(): void {
  const start = () => {
    registerOffline();
  };
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 10_000 });
    else setTimeout(start, 3000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// Started first, so the data worker loads while the route's code and data download.
installValidator(workerValidator());

void enableMocking().then(async () => {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, env.basePath.replace(/\/$/, '') || '/');
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  const lang = pageLang(new URLSearchParams(location.search).get('lang'));
  // In a task of its own while the first data downloads (see prepareFormatters).
  setTimeout(() => {
    prepareFormatters(lang);
  }, 0);
  if (container.hasChildNodes()) await firstPageReady(router, queryClient, lang);
  const root = createRoot(container, {
    // Errors caught by a section's boundary are already shown to the reader with a retry.
    onCaughtError: (error) => {
      console.warn('[iron-river] recovered from', error);
    },
  });
  if (import.meta.env.PROD) registerOfflineWhenIdle();
  // A transition, so React renders the page in short slices and the browser stays responsive.
  startTransition(() => {
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
});
