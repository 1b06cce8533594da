import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, RouterContextProvider, type RouteObject } from 'react-router';
import { queryClientContext } from './query-client';
import { Layout, RootError, BootFallback } from './routes/root';
import { PageError } from './routes/page-error';

/** The route tree; each page is its own lazily loaded module (loader + Component). */
export const routes: RouteObject[] = [
  {
    id: 'root',
    Component: Layout,
    ErrorBoundary: RootError,
    HydrateFallback: BootFallback,
    children: [
      {
        ErrorBoundary: PageError,
        children: [
          { index: true, lazy: () => import('./routes/overview') },
          { path: 'timeline', lazy: () => import('./routes/timeline') },
          { path: 'events/:id', lazy: () => import('./routes/event') },
          { path: 'storylines', lazy: () => import('./routes/storylines') },
          { path: 'storylines/:id', lazy: () => import('./routes/storyline') },
          { path: 'metrics', lazy: () => import('./routes/metrics') },
          { path: 'metrics/:id', lazy: () => import('./routes/metric') },
          { path: 'sources', lazy: () => import('./routes/sources') },
          { path: 'glossary', lazy: () => import('./routes/glossary') },
          { path: 'about', lazy: () => import('./routes/about') },
          { path: 'present', lazy: () => import('./routes/present') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
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
