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
