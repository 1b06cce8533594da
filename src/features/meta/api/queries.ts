import { queryOptions } from '@tanstack/react-query';
import { fetchJson } from '@/lib/http';
import type { DatasetMeta } from './contract';

/** Query factory for `meta.json`. */
export const metaQueries = {
  all: () => ['meta'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...metaQueries.all(), 'detail'] as const,
      queryFn: ({ signal }) => fetchJson<DatasetMeta>('meta.json', { signal }),
    }),
};
