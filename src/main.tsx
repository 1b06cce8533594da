import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { createQueryClient, whenFetched } from './app/query-client';
import { env } from './config/env';
import { setValidator } from './lib/http';
import { workerValidator } from './app/data/validator';
import { loadCatalog } from './lib/i18n/catalogs';
import { readStoredLang, resolveLang } from './lib/i18n/lang';
import { prepareFormatters, type Lang } from './lib/format';
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
 * the page the reader is waiting for (measured: it held a phone-sized first paint back by a second).
 */
function registerOfflineWhenIdle(): void {
  const start = () => {
    void import('./app/offline').then(({ registerOffline, offerReload }) => {
      registerOffline(env.basePath, offerReload);
    });
  };
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 10_000 });
    else setTimeout(start, 3000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

// Started first, so the data worker loads while the route's code and data download.
setValidator(workerValidator());

/**
 * Settles when the first page's code and data are in (or failed: the page shows why) and its
 * language's text is loaded, so the app's first render is the whole page, drawn over the
 * pre-rendered first paint (vite.config.ts) without flashing a loading screen in between. On a slow
 * connection the app takes over after DATA_WAIT_MS, with progress shown where data is still coming.
 */
const DATA_WAIT_MS = 1500;
function firstPageReady(
  router: ReturnType<typeof createAppRouter>,
  queryClient: QueryClient,
  lang: Lang,
): Promise<unknown> {
  const routed = new Promise<void>((resolve) => {
    if (router.state.initialized) {
      resolve();
      return;
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
  // The data the page's loader started (sections that render it would otherwise show progress).
  const fetched = routed.then(() =>
    Promise.race([whenFetched(queryClient), new Promise((resolve) => setTimeout(resolve, DATA_WAIT_MS))]),
  );
  // The pre-rendered page reaches the screen first (a hidden tab draws nothing: 500 ms at most).
  const drawn = new Promise<void>((resolve) => {
    setTimeout(resolve, 500);
    if (performance.getEntriesByType('paint').length > 0) {
      resolve();
      return;
    }
    try {
      new PerformanceObserver((_list, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint' });
    } catch {
      resolve();
    }
  });
  return Promise.all([fetched, drawn, loadCatalog(lang).catch(() => undefined)]);
}

void enableMocking().then(async () => {
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient, env.basePath.replace(/\/$/, '') || '/');
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  const lang = resolveLang(
    new URLSearchParams(location.search).get('lang'),
    readStoredLang(),
    navigator.language,
  );
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
