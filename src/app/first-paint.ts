import type { QueryClient } from '@tanstack/react-query';
import type { createAppRouter } from './router';
import { whenFetched } from './query-client';
import { loadCatalog } from '@/lib/i18n/catalogs';
import type { Lang } from '@/lib/format';

/** How long the app waits for the first page's data before taking over with progress shown. */
const DATA_WAIT_MS = 1500;

/**
 * Settles when the first page's code and data are in (or failed: the page shows why), its
 * language's text is loaded and the pre-rendered first paint (src/app/prerender.tsx) has reached
 * the screen, so the app's first render is the whole page, drawn over it without a loading screen
 * in between. On a slow connection the app takes over after DATA_WAIT_MS, with progress shown where
 * data is still coming.
 */
export function firstPageReady(
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
