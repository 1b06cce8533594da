/**
 * Build-time pages (run by build/vite/prerender.ts, never shipped to the browser): renders a page
 * of the app's own route tree to HTML, in the language its address names, from the dataset
 * published in the same build. The QueryClient is seeded with the validated dataset, so loaders and
 * components find their data at once: one render, no network, no waiting. The browser then
 * hydrates that HTML (src/main.tsx), with the same data fetched from the same build.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createRoutes, routerContext } from '@/app/router';
import { queries } from '@/data/queries';
import { RESOURCE_NAMES } from '@/data/resources';
import { loadCatalog } from '@/lib/i18n/catalogs';
import { pathLang } from '@/lib/i18n/lang';
import type { Dataset } from './dataset';

// Nothing is fetched at build time: a query without seeded data stays pending (its section shows
// progress) instead of trying the network.
onlineManager.setOnline(false);

/** A drawn page: the tags React hoists into the head (title, meta, link), and the body. */
export interface RenderedPage {
  head: string;
  body: string;
}

/**
 * React writes the elements it hoists (`<title>`, `<meta>`, `<link>`) first when it renders
 * anything less than a whole document; they are split off here to go into the page's head.
 */
export function splitHoisted(html: string): RenderedPage {
  let at = 0;
  for (;;) {
    if (html.startsWith('<title', at)) {
      const end = html.indexOf('</title>', at);
      if (end === -1) break;
      at = end + '</title>'.length;
    } else if (html.startsWith('<meta ', at) || html.startsWith('<link ', at)) {
      const end = html.indexOf('>', at);
      if (end === -1) break;
      at = end + 1;
    } else break;
  }
  return { head: html.slice(0, at), body: html.slice(at) };
}

/**
 * The page at `path` (its language in the path: `/es/timeline`), with `dataset` seeded (or none:
 * its sections loading). Null when the page could not be drawn.
 */
export async function renderPage(
  path: string,
  basename: string,
  dataset: Dataset | null,
): Promise<RenderedPage | null> {
  // Loaded first, so the language's text renders instead of suspending.
  await loadCatalog(pathLang(path));
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  if (dataset)
    for (const name of RESOURCE_NAMES)
      queryClient.setQueryData(queries[name]().queryKey, dataset.values[name]);
  const handler = createStaticHandler(createRoutes(basename), { basename });
  const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.local');
  const context = await handler.query(new Request(url), { requestContext: routerContext(queryClient) });
  if (context instanceof Response || context.errors) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  // `prerender` waits for every Suspense boundary (lazily loaded parts included) to resolve. An
  // error while drawing stops the build: the browser would otherwise redraw that part and report it.
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
    {
      // React outlines a large Suspense boundary (sending it later with an inline script, which the
      // CSP forbids): a static page is written whole.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => {
        errors.push(error);
      },
    },
  );
  if (errors.length > 0)
    throw new Error(
      `prerender: ${path} failed while drawing: ${errors.map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e))).join('\n')}`,
    );
  const html = await new Response(prelude).text();
  queryClient.clear();
  return splitHoisted(html);
}
