/**
 * Build-time first paint (run by vite.config.ts, never shipped to the browser): renders a page to
 * static HTML in each language, with the dataset published in the same build, so the reader sees
 * the page before any JavaScript has run. The app then renders the page over it (src/main.tsx)
 * with the data it loads itself: what the reader ends up with never depends on this file.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { routes, routerContext } from './router';
import { whenFetched } from './query-client';
import { BootFallback } from './routes/root';
import { inThreadValidator } from './data/validator';
import { setValidator } from '@/lib/http';
import { loadCatalog } from '@/lib/i18n/catalogs';
import type { Lang } from '@/lib/format';

/** A resource's body (`events.json` → its text), or undefined to leave that data loading. */
export type DataReader = (resource: string) => string | undefined;

/**
 * The page at `path` in `lang` as HTML. Requests for data are answered by `read`, through the
 * app's own validation; data it does not give stays loading, and its sections show progress.
 * Null when the page could not be drawn.
 */
export async function prerender(
  path: string,
  lang: Lang,
  basename: string,
  read: DataReader,
): Promise<string | null> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input) => {
    const resource = (input instanceof Request ? input.url : String(input)).split('/').pop() ?? '';
    const body = read(resource);
    return body === undefined
      ? new Promise<Response>(() => undefined)
      : Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  setValidator(inThreadValidator);
  try {
    // Loaded first, so the language's text renders instead of suspending.
    await loadCatalog(lang);
    const queryClient = new QueryClient();
    const handler = createStaticHandler(routes, { basename });
    const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.local');
    if (lang !== 'en') url.searchParams.set('lang', lang);
    const context = await Promise.race([
      handler.query(new Request(url), { requestContext: routerContext(queryClient) }),
      settleWithin(2000, null),
    ]);
    if (context === null || context instanceof Response || context.errors) return null;
    const router = createStaticRouter(handler.dataRoutes, context);
    const render = () =>
      renderToString(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </QueryClientProvider>
        </StrictMode>,
      );
    // Sections start loading their data as they render: render, wait for what they asked for, and
    // render again until nothing new is asked for.
    let html = render();
    for (let pass = 0; pass < 3 && queryClient.isFetching() > 0; pass++) {
      await Promise.race([whenFetched(queryClient), settleWithin(2000, undefined)]);
      html = render();
    }
    queryClient.clear();
    return html;
  } finally {
    globalThis.fetch = realFetch;
  }
}

function settleWithin<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) =>
    setTimeout(() => {
      resolve(value);
    }, ms).unref(),
  );
}

/** The loading screen, shown first where no page is pre-rendered. */
export function prerenderBoot(): string {
  return renderToString(<BootFallback />);
}
