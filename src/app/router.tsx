import { TRACKING_PARAM } from '@/lib/tracking';
import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  redirect,
  RouterContextProvider,
  type LazyRouteFunction,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router';
import { ROUTES } from '@/config/routes';
import { DEFAULT_LANG, LANGS, type Lang } from '@/lib/i18n/langs';
import { isLang, localize } from '@/lib/i18n/lang';
import { queryClientContext } from './query-client';
import { Layout, RootError, BootFallback } from './layout';
import { PageError } from './page-error';
import { prefetch, queryClientFrom } from './loader-utils';
import { queries } from '@/data/queries';

// Each page's module, loaded when the page is first visited (src/config/routes.ts names them).
const modules = import.meta.glob<Awaited<ReturnType<LazyRouteFunction<RouteObject>>>>('./routes/*.tsx');

/** The module of a route in the table (a missing file is caught by the route table's unit test). */
export function routeModule(module: string) {
  const load = modules[`./routes/${module}.tsx`];
  if (!load) throw new Error(`No module src/app/routes/${module}.tsx for the route table`);
  return load;
}

/** Every page of the route table in one language (under `/es` for Spanish). */
function pages(lang: Lang): RouteObject {
  const children = ROUTES.map(({ id, path, module }): RouteObject => {
    const key = lang === DEFAULT_LANG ? id : `${id}@${lang}`;
    return path === ''
      ? { id: key, index: true, lazy: routeModule(module) }
      : { id: key, path, lazy: routeModule(module) };
  });
  return lang === DEFAULT_LANG
    ? { ErrorBoundary: PageError, children }
    : { path: lang, ErrorBoundary: PageError, children };
}

/**
 * Old links named the language in a `lang` parameter (`/timeline?lang=es`): they are sent to the
 * page's address in that language, the rest of the query kept. Static hosts do the same where they
 * can (`_redirects`); this covers the others and links followed inside the app.
 */
export function legacyLanguage({ request }: LoaderFunctionArgs, basename: string): Response | null {
  const url = new URL(request.url);
  const lang = url.searchParams.get('lang');
  if (lang === null) return null;
  url.searchParams.delete('lang');
  // Moving anyway: the tracking parameters an old link picked up are left behind.
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  const base = basename.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
  const target = isLang(lang) ? localize(path, lang) : path;
  const query = url.searchParams.toString();
  return redirect(`${target}${query ? `?${query}` : ''}`);
}

/** The route tree, from the route table: each page its own lazily loaded module (loader + Component), in each language. */
export function createRoutes(basename = '/'): RouteObject[] {
  return [
    {
      id: 'root',
      Component: Layout,
      ErrorBoundary: RootError,
      HydrateFallback: BootFallback,
      loader: (args: LoaderFunctionArgs) => {
        // The footer's dataset version and date, on every page.
        prefetch(queryClientFrom(args.context), queries.meta());
        return legacyLanguage(args, basename);
      },
      children: LANGS.map(pages),
    },
  ];
}

/** The route tree at the site's root (tests, and builds served from `/`). */
export const routes: RouteObject[] = createRoutes();

export function routerContext(queryClient: QueryClient): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(queryClientContext, queryClient);
  return context;
}

/** Created once at start-up, with the QueryClient passed to every loader through context. */
export function createAppRouter(queryClient: QueryClient, basename: string) {
  return createBrowserRouter(createRoutes(basename), {
    basename,
    getContext: () => routerContext(queryClient),
  });
}
