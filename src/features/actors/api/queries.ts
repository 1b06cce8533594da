import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { Actor } from './contract';

/** Query factory for `actors.json`. */
export const actorQueries = {
  all: () => ['actors'] as const,
  list: () =>
    queryOptions({
      queryKey: [...actorQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<Actor>('actors.json', { signal }),
    }),
};
