import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { PolicyEvent } from './contract';

/** Query factory for `events.json`. */
export const eventQueries = {
  all: () => ['events'] as const,
  list: () =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<PolicyEvent>('events.json', { signal }),
    }),
};
