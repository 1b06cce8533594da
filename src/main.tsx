import { StrictMode, startTransition, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './app/router';
import { createQueryClient, whenFetched } from './app/query-client';
import { env } from './config/env';
import { registerOffline } from './app/offline';
import { installValidator } from './data/fetch';
import { workerValidator } from './data/validator';
import { pathLang, readStoredLang } from './lib/i18n/lang';
import { prepareFormatters } from './lib/format';
import { isTrackingParam } from './lib/tracking';
import { installTrustedTypes } from './lib/trusted-types';
import { noteBuiltHead } from './lib/built-head';
import { willHydrate } from './lib/use-hydrated';

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

/**
 * Whether the HTML the reader was served is this address's page: the build drew each page at its
 * own address (`<html data-page>`), with no query. A static host serves the same file for a
 * filtered view (`/timeline?category=…`) or, as a fallback, for a page it has no file for; those
 * are drawn in the browser instead (tracking parameters do not count).
 */
function servedThisPage(): boolean {
  const page = document.documentElement.dataset.page;
  if (page === undefined) return false;
  const query = [...new URLSearchParams(location.search).keys()].filter((k) => !isTrackingParam(k));
  const norm = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);
  return norm(page) === norm(location.pathname) && query.length === 0;
}

/** Resolves once the router has loaded the first page's code and data. */
function routerReady(router: ReturnType<typeof createAppRouter>): Promise<void> {
  return new Promise((resolve) => {
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
}

// Started first, so the data worker loads while the route's code and data download.
// Before any script is started by URL (the data worker, the service worker).
installTrustedTypes();
// Kept until the page's own head is written (src/components/ui/page-head.tsx).
noteBuiltHead();
installValidator(workerValidator());

void enableMocking().then(async () => {
  const queryClient = createQueryClient();
  const basename = env.basePath.replace(/\/$/, '') || '/';
  const router = createAppRouter(queryClient, basename);
  const container = document.getElementById('root');
  if (!container) throw new Error('Missing #root');
  const lang = pathLang(location.pathname.slice(basename === '/' ? 0 : basename.length) || '/');
  // The remembered language is read now, before React draws: a corrupt value is set aside and
  // reported at once, so the storage notice is there from the first live render (the language
  // offer reads it again once the page is live).
  readStoredLang();
  // In tasks of their own while the first data downloads (see prepareFormatters).
  prepareFormatters(lang, (step) => setTimeout(step, 0));
  const app: ReactNode = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  const options = {
    // Errors caught by a section's boundary are already shown to the reader with a retry.
    onCaughtError: (error: unknown) => {
      console.warn('[iron-river] recovered from', error);
    },
    // A page that does not match the HTML it was served is drawn again in the browser; it is still
    // a defect (the end-to-end suite fails on it).
    onRecoverableError: (error: unknown) => {
      console.error('[iron-river] hydration', error);
    },
  };
  if (import.meta.env.PROD) registerOfflineWhenIdle();
  if (servedThisPage() && container.hasChildNodes()) {
    // The page was drawn at build time from the same data: once the route's code and data are in,
    // React attaches to it (its links worked all along, and clicks made meanwhile are replayed).
    // …and every section's data, so the first render matches the drawing (the page is readable, and
    // its links work, meanwhile).
    await routerReady(router);
    await whenFetched(queryClient);
    // In a transition, so React hydrates in short slices and the page answers input meanwhile.
    willHydrate();
    startTransition(() => {
      hydrateRoot(container, app, options);
    });
    return;
  }
  container.replaceChildren();
  const root = createRoot(container, options);
  // A transition, so React renders the page in short slices and the browser stays responsive.
  startTransition(() => {
    root.render(app);
  });
});
