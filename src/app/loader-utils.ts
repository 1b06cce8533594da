import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';
import { data, type RouterContextProvider } from 'react-router';
import { queryClientContext } from './query-client';

export function queryClientFrom(context: Readonly<RouterContextProvider>): QueryClient {
  return context.get(queryClientContext);
}

/** Starts loading secondary data without waiting; sections show progress and their own errors. */
export function prefetch<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<T, Error, T, T, K>,
): void {
  queryClient.query(options).catch(() => undefined);
}

/** Loads critical data before the page renders (cached for the session). */
export function ensure<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<T, Error, T, T, K>,
): Promise<T> {
  return queryClient.query({ ...options, staleTime: 'static' });
}

/** A 404 that the page error boundary turns into the not-found page. */
export function notFound(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's documented way to signal a 404
  throw data(null, { status: 404 });
}
