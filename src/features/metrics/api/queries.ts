import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import { metricSchema } from './contract';

/** Query factory for `metrics.json`. */
export const metricQueries = {
  all: () => ['metrics'] as const,
  list: () =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection('metrics.json', metricSchema, { signal }),
    }),
};
