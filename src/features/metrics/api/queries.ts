import { queryOptions } from '@tanstack/react-query';
import { fetchCollection } from '@/lib/http';
import type { Metric } from './contract';

/** Query factory for `metrics.json`. */
export const metricQueries = {
  all: () => ['metrics'] as const,
  list: () =>
    queryOptions({
      queryKey: [...metricQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchCollection<Metric>('metrics.json', { signal }),
    }),
};
