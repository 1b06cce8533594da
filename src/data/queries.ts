import { queryOptions } from '@tanstack/react-query';
import type { ResourceName } from './resources';
import { fetchResource } from './fetch';

/** The query for one resource of the contract: its key, and a fetch validated against its schema. */
function resourceQuery<R extends ResourceName>(name: R) {
  return queryOptions({
    queryKey: [name] as const,
    queryFn: ({ signal }) => fetchResource(name, { signal }),
  });
}

/**
 * Query factory (TkDodo): one entry per resource of the contract, each a whole file (the dataset
 * is small enough to load a resource at once). Components read them with `useSuspenseQuery`.
 */
export const queries = {
  meta: () => resourceQuery('meta'),
  events: () => resourceQuery('events'),
  storylines: () => resourceQuery('storylines'),
  metrics: () => resourceQuery('metrics'),
  sources: () => resourceQuery('sources'),
  actors: () => resourceQuery('actors'),
  glossary: () => resourceQuery('glossary'),
  decks: () => resourceQuery('decks'),
  codebook: () => resourceQuery('codebook'),
} satisfies { [R in ResourceName]: () => ReturnType<typeof resourceQuery<R>> };
