import { QueryClient } from '@tanstack/react-query';
import { createContext } from 'react-router';

/** Policy data changes rarely: treat it as fresh for a minute. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: 60_000, retry: 1 } },
  });
}

/** The QueryClient, injected into loaders through the router context. */
export const queryClientContext = createContext<QueryClient>();

/** Settles when no query is fetching (each settled, with data or an error). */
export function whenFetched(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const cache = queryClient.getQueryCache();
    const idle = () => cache.getAll().every((query) => query.state.fetchStatus !== 'fetching');
    if (idle()) {
      resolve();
      return;
    }
    const unsubscribe = cache.subscribe(() => {
      if (!idle()) return;
      unsubscribe();
      resolve();
    });
  });
}
