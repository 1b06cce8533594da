import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { Storyline } from './contract';

/** Query factory for `storylines.json`. */
export const storylineQueries = {
  all: () => ['storylines'] as const,
  list: () =>
    queryOptions({
      queryKey: [...storylineQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<Storyline>('storylines.json', { signal }),
    }),
};
