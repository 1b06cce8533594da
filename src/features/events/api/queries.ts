import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import { eventSchema } from './contract';

/** Query factory for `events.json`. */
export const eventQueries = {
  all: () => ['events'] as const,
  list: () =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection('events.json', eventSchema, { signal }),
    }),
};
