import { StrictMode } from 'react';
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes, routerContext } from '@/app/router';

/**
 * Renders the real route tree at `url` with a fresh QueryClient (no retries), under StrictMode as
 * the app renders (src/main.tsx): render-time side effects show up here as they do in development.
 */
export function renderRoute(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 60_000 } } });
  const router = createMemoryRouter(routes, {
    initialEntries: [url],
    getContext: () => routerContext(queryClient),
  });
  const view = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
    // Errors caught by the app's boundaries are expected in failure scenarios (as in main.tsx).
    { onCaughtError: () => undefined },
  );
  return { ...view, router, queryClient };
}
