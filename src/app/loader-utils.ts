import type { QueryClient, QueryExecuteOptions, QueryKey } from '@tanstack/react-query';
import { data, type RouterContextProvider } from 'react-router';
import { queryClientContext } from './query-client';
import type { Collection } from '@/data/validate';

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

/** Starts loading data; the promise settles when it is in (or failed, which sections report). */
export function fetching<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<T, Error, T, T, K>,
): Promise<unknown> {
  return queryClient.query(options).catch(() => undefined);
}

/**
 * Waits for a page's data (see `fetching`), but only up to `ms`: on a
 * normal connection the page then renders once, complete, with nothing
 * shifting as sections fill in; on a slow one it renders on time with
 * progress shown in each section. Failures are left to the sections.
 */
export async function loadWithin(ms: number, loads: Promise<unknown>[]): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled(loads),
    new Promise((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}

/** Loads critical data before the page renders (cached for the session). */
export function ensure<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<T, Error, T, T, K>,
): Promise<T> {
  return queryClient.query({ ...options, staleTime: 'static' });
}

/** Loads a list resource and returns the id of the requested item, or a 404 when it does not exist. */
export async function ensureItemId<T extends { id: string }, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<Collection<T>, Error, Collection<T>, Collection<T>, K>,
  id: string | undefined,
): Promise<{ id: string }> {
  const { items } = await ensure(queryClient, options);
  const item = items.find((x) => x.id === id);
  if (!item) notFound();
  return { id: item.id };
}

/** A 404 that the page error boundary turns into the not-found page. */
export function notFound(): never {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- React Router's documented way to signal a 404
  throw data(null, { status: 404 });
}
