/**
 * Build-time first paint (run by build/vite/prerender.ts, never shipped to the browser): renders a
 * page of the app's own route tree to static HTML in one language, from the dataset published in
 * the same build. The QueryClient is seeded with the validated dataset, so loaders and components
 * find their data at once: one render, no network, no waiting. The app then renders the page over
 * it (src/main.tsx) with the data it loads itself.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes, routerContext } from '@/app/router';
import { BootFallback } from '@/app/layout';
import { queries } from '@/data/queries';
import { RESOURCE_NAMES } from '@/data/resources';
import { loadCatalog } from '@/lib/i18n/catalogs';
import type { Lang } from '@/lib/i18n/langs';
import type { Dataset } from './dataset';

// Nothing is fetched at build time: a query without seeded data stays pending (its section shows
// progress) instead of trying the network.
onlineManager.setOnline(false);

/**
 * The page at `path` in `lang` as HTML, with `dataset` seeded (or none: its sections loading).
 * Null when the page could not be drawn.
 */
export async function renderPage(
  path: string,
  lang: Lang,
  basename: string,
  dataset: Dataset | null,
): Promise<string | null> {
  // Loaded first, so the language's text renders instead of suspending.
  await loadCatalog(lang);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  if (dataset)
    for (const name of RESOURCE_NAMES)
      queryClient.setQueryData(queries[name]().queryKey, dataset.values[name]);
  const handler = createStaticHandler(routes, { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.local');
  if (lang !== 'en') url.searchParams.set('lang', lang);
  const context = await handler.query(new Request(url), { requestContext: routerContext(queryClient) });
  if (context instanceof Response || context.errors) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  queryClient.clear();
  return html;
}

/** The loading screen, shown first where no page is pre-rendered. */
export function renderBoot(): string {
  return renderToString(<BootFallback />);
}
