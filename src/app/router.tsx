import type { QueryClient } from '@tanstack/react-query';
import {
  createBrowserRouter,
  RouterContextProvider,
  type LazyRouteFunction,
  type RouteObject,
} from 'react-router';
import { ROUTES } from '@/config/routes';
import { queryClientContext } from './query-client';
import { Layout, RootError, BootFallback } from './layout';
import { PageError } from './page-error';

// Each page's module, loaded when the page is first visited (src/config/routes.ts names them).
const modules = import.meta.glob<Awaited<ReturnType<LazyRouteFunction<RouteObject>>>>('./routes/*.tsx');

/** The module of a route in the table (a missing file is caught by the route table's unit test). */
export function routeModule(module: string) {
  const load = modules[`./routes/${module}.tsx`];
  if (!load) throw new Error(`No module src/app/routes/${module}.tsx for the route table`);
  return load;
}

/** The route tree, from the route table: each page its own lazily loaded module (loader + Component). */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: Layout,
    ErrorBoundary: RootError,
    HydrateFallback: BootFallback,
    children: [
      {
        ErrorBoundary: PageError,
        children: ROUTES.map(({ id, path, module }) =>
          path === ''
            ? { id, index: true, lazy: routeModule(module) }
            : { id, path, lazy: routeModule(module) },
        ),
      },
    ],
  },
];

export function routerContext(queryClient: QueryClient): RouterContextProvider {
  const context = new RouterContextProvider();
  context.set(queryClientContext, queryClient);
  return context;
}

/** Created once at start-up, with the QueryClient passed to every loader through context. */
export function createAppRouter(queryClient: QueryClient, basename: string) {
  return createBrowserRouter(routes, { basename, getContext: () => routerContext(queryClient) });
}
