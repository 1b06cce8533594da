import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { Source } from './contract';

/** Query factory for `sources.json`. */
export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<Source>('sources.json', { signal }),
    }),
};
